/**
 * `interleave validate [PATH] [--json]`: validates exercise files against format v1.
 *
 * PATH is a pack folder (searched recursively, *.cases/ test data skipped) or one file; the
 * default is the repository's exercises/. Each problem is printed as "file: field: reason".
 * Exit status: 0 when everything is valid, 1 when any file has a problem, 2 on bad usage.
 */
import { relative } from "node:path";
import { pathToFileURL } from "node:url";
import { formatExerciseError, loadPack } from "../../src/exercises";
import { DEFAULT_PACK_DIR, readPackFiles } from "../../src/exercises/node";

/** Returns the exit status (a promise, like every command's main). */
export function main(args: string[]): Promise<number> {
  return Promise.resolve(validate(args));
}

function validate(args: string[]): number {
  const json = args.includes("--json");
  const rest = args.filter((a) => a !== "--json");
  const unknown = rest.find((a) => a.startsWith("--"));
  if (unknown !== undefined || rest.length > 1) {
    process.stderr.write(
      `interleave validate: ${unknown !== undefined ? `unknown option ${unknown}` : "give at most one PATH"}\n`,
    );
    process.stderr.write("usage: npm run -s interleave -- validate [PATH] [--json]\n");
    return 2;
  }
  const path = rest[0] ?? (relative(process.cwd(), DEFAULT_PACK_DIR) || ".");
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
  const { exercises, errors } = loadPack(files);
  if (json) {
    process.stdout.write(
      JSON.stringify({
        valid: errors.length === 0,
        files: count,
        exercises: exercises.map((e) => e.id),
        errors,
      }) + "\n",
    );
  } else {
    for (const error of errors) process.stderr.write(`${formatExerciseError(error)}\n`);
    if (count === 0) process.stderr.write(`${path}: no .json exercise files found\n`);
    const bad = new Set(errors.map((e) => e.file)).size;
    process.stdout.write(
      `${exercises.length} valid exercise(s)${bad > 0 ? `, ${bad} file(s) with problems` : ""} in ${path}\n`,
    );
  }
  return errors.length > 0 || count === 0 ? 1 : 0;
}

// Also runnable on its own: node --experimental-wasm-stack-switching --import tsx cli/commands/validate.ts
if (import.meta.url === pathToFileURL(process.argv[1] ?? "").href) {
  void main(process.argv.slice(2)).then((code) => process.exit(code));
}
