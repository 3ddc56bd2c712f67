/**
 * `interleave run FILE.py [--seed N] [--cpus N] [--json]`.
 *
 * Without --json the program's output streams to this process's stdout/stderr as it is
 * produced and the exit status is the program's. With --json one object is printed:
 * the RunResult (stdout, stderr, exitCode, elapsed, error, trace, deadlock, reports, seed).
 */
import { readFileSync } from "node:fs";
import { basename } from "node:path";
import { loadNodeEngine } from "../../src/engine/node";
import type { RunRequest } from "../../src/engine/types";

interface RunArgs {
  file: string;
  seed: number;
  cpus: number | undefined;
  json: boolean;
}

/** Parses run's arguments; throws an Error whose message is fit for the user. */
export function parseRunArgs(args: string[]): RunArgs {
  let file: string | undefined;
  let seed = 0;
  let cpus: number | undefined;
  let json = false;
  for (let i = 0; i < args.length; i++) {
    const a = args[i]!;
    if (a === "--json") json = true;
    else if (a === "--seed" || a === "--cpus") {
      const v = Number(args[++i]);
      if (!Number.isInteger(v) || v < 0) throw new Error(`${a} needs a whole number`);
      if (a === "--seed") seed = v;
      else cpus = v;
    } else if (a.startsWith("--")) throw new Error(`unknown option ${a}`);
    else if (file === undefined) file = a;
    else throw new Error(`unexpected argument ${a}`);
  }
  if (file === undefined) throw new Error("run needs a FILE.py");
  return { file, seed, cpus, json };
}

export async function main(args: string[]): Promise<number> {
  let parsed: RunArgs;
  let code: string;
  try {
    parsed = parseRunArgs(args);
    code = readFileSync(parsed.file, "utf8");
  } catch (e) {
    process.stderr.write(`interleave run: ${e instanceof Error ? e.message : String(e)}\n`);
    return 2;
  }
  const engine = await loadNodeEngine();
  const request: RunRequest = { code, filename: basename(parsed.file), seed: parsed.seed };
  if (parsed.cpus !== undefined) request.cpuCount = parsed.cpus;
  const result = await engine.run(request, (event) => {
    if (parsed.json) return;
    (event.kind === "stderr" ? process.stderr : process.stdout).write(event.text);
  });
  // Without --json, the runtime's own note on a limit or a deadlock was streamed with the output.
  if (parsed.json) process.stdout.write(JSON.stringify(result) + "\n");
  return result.exitCode;
}
