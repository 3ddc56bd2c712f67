/**
 * Node-only helpers for exercise packs (CLI, tests): read a pack folder or one file from disk
 * into the `path -> text` map that {@link loadPack} takes. Not for the browser bundle.
 */
import { readdirSync, readFileSync, statSync } from "node:fs";
import { isAbsolute, join, relative, resolve } from "node:path";
import { fileURLToPath } from "node:url";

/** The repository's own pack folder, exercises/. */
export const DEFAULT_PACK_DIR = resolve(fileURLToPath(new URL("../../exercises", import.meta.url)));

/** Test data folders beside exercises end with this (e.g. gather-basics.cases/). */
export const CASES_SUFFIX = ".cases";

function walk(dir: string, out: string[]): void {
  for (const entry of readdirSync(dir, { withFileTypes: true }).sort((a, b) =>
    a.name.localeCompare(b.name),
  )) {
    const path = join(dir, entry.name);
    if (entry.isDirectory()) {
      if (
        !entry.name.endsWith(CASES_SUFFIX) &&
        entry.name !== "node_modules" &&
        !entry.name.startsWith(".")
      )
        walk(path, out);
    } else if (entry.isFile() && entry.name.endsWith(".json")) {
      out.push(path);
    }
  }
}

/**
 * Reads every exercise file under `path` (a folder, searched recursively, skipping *.cases/),
 * or the single file `path`. Keys are paths the way the person gave them: absolute for an absolute
 * `path`, else relative to the current directory.
 * Throws with a clear message when the path does not exist.
 */
export function readPackFiles(path: string, cwd = process.cwd()): Record<string, string> {
  const absolute = resolve(cwd, path);
  let isDir: boolean;
  try {
    isDir = statSync(absolute).isDirectory();
  } catch {
    throw new Error(`${path}: no such file or folder`);
  }
  const paths: string[] = [];
  if (isDir) walk(absolute, paths);
  else paths.push(absolute);
  const files: Record<string, string> = {};
  for (const file of paths)
    files[isAbsolute(path) ? file : relative(cwd, file) || file] = readFileSync(file, "utf8");
  return files;
}

/** The test cases beside an exercise file (`x.json` -> `x.cases/*.py`), name -> text; {} when none. */
export function readCases(exerciseFile: string): Record<string, string> {
  const dir = exerciseFile.replace(/\.json$/, CASES_SUFFIX);
  let names: string[];
  try {
    names = readdirSync(dir).filter((name) => name.endsWith(".py"));
  } catch {
    return {};
  }
  const cases: Record<string, string> = {};
  for (const name of names.sort()) cases[name] = readFileSync(join(dir, name), "utf8");
  return cases;
}
