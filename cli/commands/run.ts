/**
 * `interleave run FILE.py [FILE.py ...] [--seed N] [--cpus N] [--time-limit S] [--step-limit N]
 * [--output-limit N] [--json]`.
 *
 * Without --json the program's output streams to this process's stdout/stderr as it is
 * produced and the exit status is the program's. With --json one object is printed: the run
 * result, documented by schema/run.v1.schema.json (also published with the site). Limits default
 * to the run contract's (src/contract/names.ts), the same as the app's and `check`'s.
 *
 * Several files run one after another in one engine (its start-up is paid once; each run starts
 * from the same sealed state). Their output is headed `==> FILE <==` (as `head` does), with
 * --json one line per file: `{"file": FILE, "result": RESULT}`; the exit status is the highest.
 */
import { readSource } from "../read-source";
import { basename } from "node:path";
import { buildRunRequest, RUN_DEFAULTS, type RunRequest } from "../../src/contract";
import { loadNodeEngine } from "../../src/engine/node";

interface RunArgs {
  files: string[];
  json: boolean;
  settings: Omit<RunRequest, "code">;
}

/** Numeric flags and the request field each sets; `whole` flags take integers. */
const NUMBER_FLAGS: Record<string, { key: keyof RunRequest; whole: boolean }> = {
  "--seed": { key: "seed", whole: true },
  "--cpus": { key: "cpuCount", whole: true },
  "--time-limit": { key: "virtualTimeLimit", whole: false },
  "--step-limit": { key: "stepLimit", whole: true },
  "--output-limit": { key: "outputLimit", whole: true },
};

export const RUN_USAGE = `run FILE.py [FILE.py ...] [--seed N] [--cpus N] [--time-limit SECONDS] [--step-limit N] [--output-limit N] [--json]
      defaults: seed ${RUN_DEFAULTS.seed}, ${RUN_DEFAULTS.cpuCount} cpus, ${RUN_DEFAULTS.virtualTimeLimit} virtual seconds, ${RUN_DEFAULTS.stepLimit} steps, ${RUN_DEFAULTS.outputLimit} characters`;

/** Parses run's arguments; throws an Error whose message is fit for the user. */
export function parseRunArgs(args: string[]): RunArgs {
  const files: string[] = [];
  let json = false;
  const settings: Record<string, number> = {};
  for (let i = 0; i < args.length; i++) {
    const a = args[i]!;
    const flag = NUMBER_FLAGS[a];
    if (a === "--json") json = true;
    else if (flag) {
      const v = Number(args[++i]);
      if (flag.whole ? !Number.isInteger(v) || v < 0 : !(v > 0) || !Number.isFinite(v))
        throw new Error(`${a} needs ${flag.whole ? "a whole number" : "a positive number"}`);
      settings[flag.key] = v;
    } else if (a.startsWith("--")) throw new Error(`unknown option ${a}`);
    else files.push(a);
  }
  if (files.length === 0) throw new Error("run needs a FILE.py");
  return { files, json, settings };
}

export async function main(args: string[]): Promise<number> {
  let parsed: RunArgs;
  let requests: RunRequest[];
  try {
    parsed = parseRunArgs(args);
    const { settings } = parsed;
    requests = parsed.files.map((file) =>
      buildRunRequest({ ...settings, code: readSource(file), filename: basename(file) }),
    );
  } catch (e) {
    process.stderr.write(`interleave run: ${e instanceof Error ? e.message : String(e)}\n`);
    return 2;
  }
  const { files, json } = parsed;
  const many = files.length > 1;
  const engine = await loadNodeEngine();
  let status = 0;
  for (const [i, request] of requests.entries()) {
    if (many && !json) process.stdout.write(`${i > 0 ? "\n" : ""}==> ${files[i]} <==\n`);
    const result = await engine.run(request, (event) => {
      if (json) return;
      (event.kind === "stderr" ? process.stderr : process.stdout).write(event.text);
    });
    // Without --json, the runtime's own note on a limit or a deadlock was streamed with the output.
    if (json)
      process.stdout.write(JSON.stringify(many ? { file: files[i], result } : result) + "\n");
    status = Math.max(status, result.exitCode);
  }
  return status;
}
