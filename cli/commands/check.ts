/**
 * `interleave check EXERCISE_ID FILE.py [FILE.py ...] [--json] [--lang LANG] [--pack PATH]
 * [--trace]`: judges solution files against an exercise, exactly as the app does, in one engine
 * (several files: a report headed `==> FILE <==` each, with --json one line per file,
 * `{"file": FILE, "verdict": VERDICT}`; the exit status is the worst).
 *
 * Without --json a readable report is printed (✓/✗ per check, expected vs actual, diffs, hints);
 * with --json the Verdict object (src/checker/types.ts), plus the trace with --trace.
 * --pack reads exercises from another folder or file (default: the repository's exercises/).
 * Exit status: 0 when every check passes, 1 when a check fails, 2 on bad usage, an unknown
 * exercise or when the checker itself could not finish.
 */
import { exitWhenFlushed } from "../exit";
import { readSource } from "../read-source";
import { basename } from "node:path";
import { pathToFileURL } from "node:url";
import { checkExercise, formatVerdict } from "../../src/checker";
import { loadNodeEngine } from "../../src/engine/node";
import { formatExerciseError, loadPack } from "../../src/exercises";
import { DEFAULT_PACK_DIR, readPackFiles } from "../../src/exercises/node";

const USAGE =
  "usage: npm run -s interleave -- check EXERCISE_ID FILE.py [FILE.py ...] [--json] [--lang LANG] [--pack PATH] [--trace]";

interface CheckArgs {
  id: string;
  files: string[];
  json: boolean;
  trace: boolean;
  lang: string;
  pack: string;
}

/** Parses check's arguments; throws an Error whose message is fit for the user. */
export function parseCheckArgs(args: string[]): CheckArgs {
  const positional: string[] = [];
  const parsed = { json: false, trace: false, lang: "en", pack: DEFAULT_PACK_DIR };
  for (let i = 0; i < args.length; i++) {
    const a = args[i] ?? "";
    if (a === "--json") parsed.json = true;
    else if (a === "--trace") parsed.trace = true;
    else if (a === "--lang" || a === "--pack") {
      const value = args[++i];
      if (value === undefined || value.startsWith("--")) throw new Error(`${a} needs a value`);
      if (a === "--lang") parsed.lang = value;
      else parsed.pack = value;
    } else if (a.startsWith("--")) throw new Error(`unknown option ${a}`);
    else positional.push(a);
  }
  const [id, ...files] = positional;
  if (id === undefined || files.length === 0)
    throw new Error("check needs an EXERCISE_ID and a FILE.py");
  return { id, files, ...parsed };
}

export async function main(args: string[]): Promise<number> {
  let parsed: CheckArgs;
  let codes: string[];
  let files: Record<string, string>;
  try {
    parsed = parseCheckArgs(args);
    codes = parsed.files.map(readSource);
    files = readPackFiles(parsed.pack);
  } catch (error) {
    process.stderr.write(
      `interleave check: ${error instanceof Error ? error.message : String(error)}\n${USAGE}\n`,
    );
    return 2;
  }
  const { exercises, errors } = loadPack(files);
  const exercise = exercises.find((e) => e.id === parsed.id);
  if (exercise === undefined) {
    const known = exercises.map((e) => e.id).join(", ") || "none";
    process.stderr.write(
      `interleave check: no exercise with id "${parsed.id}" (known: ${known})\n`,
    );
    for (const error of errors) process.stderr.write(`${formatExerciseError(error)}\n`);
    return 2;
  }
  const engine = await loadNodeEngine();
  const many = codes.length > 1;
  let status = 0;
  for (const [i, code] of codes.entries()) {
    const file = parsed.files[i]!;
    const verdict = await checkExercise(engine, exercise, code, {
      lang: parsed.lang,
      keepTrace: parsed.trace,
      filename: basename(file),
    });
    if (parsed.json)
      process.stdout.write(JSON.stringify(many ? { file, verdict } : verdict) + "\n");
    else
      process.stdout.write(
        (many ? `${i > 0 ? "\n" : ""}==> ${file} <==\n` : "") + formatVerdict(verdict),
      );
    status = Math.max(status, verdict.failure !== null ? 2 : verdict.passed ? 0 : 1);
  }
  return status;
}

// Also runnable on its own: node --experimental-wasm-stack-switching --import tsx cli/commands/check.ts
if (import.meta.url === pathToFileURL(process.argv[1] ?? "").href) {
  void main(process.argv.slice(2)).then(exitWhenFlushed);
}
