/**
 * Vite plugin: the bundled exercise packs are read, validated and normalised at build time, and
 * the page imports the result (`virtual:interleave/bundled-pack`) as plain data. So the first
 * screen ships neither the JSON Schema nor its validator (Ajv): the validator is loaded only when
 * an instructor's pack or the authoring page needs it.
 *
 * A malformed bundled file does not fail the build: like the CLI's `validate`, the loader reports
 * it by file and field, and the app shows those errors on the course map while the other files
 * load. In dev, editing a pack file reloads the page with the pack loaded again.
 */
import { resolve } from "node:path";
import { fileURLToPath } from "node:url";
import { runnerImport, type Plugin } from "vite";
import type * as Loader from "../src/exercises/loader.ts";
import type * as PackFiles from "../src/exercises/node.ts";

export const BUNDLED_PACK_MODULE = "virtual:interleave/bundled-pack";
const RESOLVED = `\0${BUNDLED_PACK_MODULE}`;

/**
 * Imports one of the project's TypeScript modules through Vite's module runner. Importing them
 * statically would bundle the exercise loader into the config, which Vite's coming native config
 * loader refuses (it wants file extensions on every import).
 */
const PROJECT = fileURLToPath(new URL("..", import.meta.url));

async function projectModule<T>(path: string): Promise<T> {
  const { module } = await runnerImport<T>(resolve(PROJECT, path), {
    root: PROJECT,
    configFile: false,
    logLevel: "error",
  });
  return module;
}

/**
 * The module's text: the pack in `root`/`folder`, loaded, as JSON (JSON.parse of a string literal
 * parses fastest). File names are relative to `root`, as the CLI gives them.
 */
export async function bundledPackModule(root: string, folder = "exercises"): Promise<string> {
  const { loadPack } = await projectModule<typeof Loader>("src/exercises/loader.ts");
  const { readPackFiles } = await projectModule<typeof PackFiles>("src/exercises/node.ts");
  const pack = loadPack(readPackFiles(folder, root));
  return `export default JSON.parse(${JSON.stringify(JSON.stringify(pack))});\n`;
}

export function bundledPack(folder = "exercises"): Plugin {
  let root = process.cwd();
  return {
    name: "interleave:bundled-pack",
    configResolved(config) {
      root = config.root;
    },
    resolveId(id) {
      return id === BUNDLED_PACK_MODULE ? RESOLVED : null;
    },
    async load(id) {
      if (id !== RESOLVED) return null;
      return bundledPackModule(root, folder);
    },
    configureServer(server) {
      const dir = resolve(root, folder);
      server.watcher.add(dir);
      const reload = (file: string) => {
        if (!file.startsWith(dir) || !file.endsWith(".json")) return;
        const module = server.moduleGraph.getModuleById(RESOLVED);
        if (module) server.moduleGraph.invalidateModule(module);
        server.ws.send({ type: "full-reload" });
      };
      server.watcher.on("change", reload);
      server.watcher.on("add", reload);
      server.watcher.on("unlink", reload);
    },
  };
}
