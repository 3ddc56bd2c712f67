/**
 * `interleave validate [PATH ...] [--json] [--no-run]`: validates exercise files.
 *
 * Each PATH is a pack folder (searched recursively, *.cases/ test data skipped) or one file; the
 * default is the repository's exercises/. Several PATHs are validated one after another, each as
 * its own pack, sharing one engine (with --json, one line each; the exit status is the worst).
 * Two stages:
 * 1. the format: each file against format v1 and its rules (ids unique, regexes usable, hint
 *    references resolve), in a second;
 * 2. the content: each valid exercise's reference solution must pass its checks and its starter
 *    code must fail them, run by the real checker under the exercise's run limits
 *    (./validate-runs.ts; one Pyodide engine for the whole pack, about 10 s plus the runs).
 * `--no-run` skips stage 2: for an editor's on-save check or a pre-commit hook, where a second
 * matters and no Python is needed to find a typo; CI and publishing should run both.
 * Each problem is printed as "file: field: reason".
 * Exit status: 0 when everything is valid, 1 when any file has a problem, 2 on bad usage.
 */
import { relative } from "node:path";
import { pathToFileURL } from "node:url";
import { loadNodeEngine } from "../../src/engine/node";
import { formatExerciseError, loadPack, type ExerciseError } from "../../src/exercises";
import { DEFAULT_PACK_DIR, readPackFiles } from "../../src/exercises/node";
import { checkContent } from "./validate-runs";
import { exitWhenFlushed } from "../exit";

const USAGE = "usage: npm run -s interleave -- validate [PATH ...] [--json] [--no-run]";
const FLAGS = new Set(["--json", "--no-run"]);

/** Returns the exit status. */
export async function main(args: string[]): Promise<number> {
  const json = args.includes("--json");
  const runs = !args.includes("--no-run");
  const rest = args.filter((a) => !FLAGS.has(a));
  const unknown = rest.find((a) => a.startsWith("--"));
  if (unknown !== undefined) {
    process.stderr.write(`interleave validate: unknown option ${unknown}\n${USAGE}\n`);
    return 2;
  }
  const paths = rest.length > 0 ? rest : [relative(process.cwd(), DEFAULT_PACK_DIR) || "."];
  // One engine for every path, started only if some exercise is run.
  let engine: ReturnType<typeof loadNodeEngine> | null = null;
  const loadEngine = () => (engine ??= loadNodeEngine());
  let status = 0;
  for (const path of paths) {
    status = Math.max(
      status,
      await validatePath(path, { json, runs, loadEngine, tagged: paths.length > 1 }),
    );
  }
  return status;
}

interface PathOptions {
  json: boolean;
  runs: boolean;
  loadEngine: typeof loadNodeEngine;
  /** Several paths: each JSON line names its path. */
  tagged: boolean;
}

async function validatePath(path: string, options: PathOptions): Promise<number> {
  const { json, runs, loadEngine, tagged } = options;
  let files: Record<string, string>;
  try {
    files = readPackFiles(path);
  } catch (error) {
    process.stderr.write(
      `interleave validate: ${error instanceof Error ? error.message : String(error)}\n`,
    );
    return 2;
  }
  const count = Object.keys(files).length;
  const pack = loadPack(files);
  const errors: ExerciseError[] = [...pack.errors];
  if (runs && pack.exercises.length > 0) {
    const located = pack.exercises.map((exercise) => ({
      exercise,
      file: pack.fileOf[exercise.id] ?? "",
    }));
    errors.push(...(await checkContent(located, { loadEngine })));
  }
  const bad = new Set(errors.map((e) => e.file));
  const valid = pack.exercises.filter((e) => !bad.has(pack.fileOf[e.id] ?? ""));
  if (json) {
    process.stdout.write(
      JSON.stringify({
        ...(tagged ? { path } : {}),
        valid: errors.length === 0,
        files: count,
        exercises: valid.map((e) => e.id),
        ran: runs,
        errors,
      }) + "\n",
    );
  } else {
    for (const error of errors) process.stderr.write(`${formatExerciseError(error)}\n`);
    if (count === 0) process.stderr.write(`${path}: no .json exercise files found\n`);
    const checked = runs ? "" : " (format only: solutions and starters not run)";
    process.stdout.write(
      `${valid.length} valid exercise(s)${bad.size > 0 ? `, ${bad.size} file(s) with problems` : ""} in ${path}${checked}\n`,
    );
  }
  return errors.length > 0 || count === 0 ? 1 : 0;
}

// Also runnable on its own: node --experimental-wasm-stack-switching --import tsx cli/commands/validate.ts
if (import.meta.url === pathToFileURL(process.argv[1] ?? "").href) {
  void main(process.argv.slice(2)).then(exitWhenFlushed);
}
