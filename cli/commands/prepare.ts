/**
 * `interleave prepare`: starts the engine once, so that the CLI's later commands start fast.
 *
 * A checkout's first engine start loads Pyodide, installs and warms up the runtime and takes the
 * memory snapshot every later start restores (about 3 s here, against 0.7 s for a start from the
 * snapshot); the snapshot is kept in node_modules/.cache/interleave/, keyed by Pyodide's build and
 * the runtime's files (src/engine/node.ts). `npm install` runs this command after installing
 * (package.json's `postinstall`), as the site's build makes the page's snapshot, so a new user's
 * first `run` or `check` already starts from it. After a change to the runtime's files the next
 * command makes a new one, as before.
 */
import { loadNodeEngine } from "../../src/engine/node";

export async function main(argv: string[]): Promise<number> {
  if (argv.length > 0) {
    process.stderr.write("usage: npm run -s interleave -- prepare\n");
    return 2;
  }
  const engine = await loadNodeEngine();
  process.stdout.write(
    `interleave: engine ready on Python ${engine.pythonVersion}; its snapshot is kept in ` +
      "node_modules/.cache/interleave/ for the next commands\n",
  );
  return 0;
}
