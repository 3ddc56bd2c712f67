/**
 * Where an instructor's pack comes from, turned into the `path -> text` map the exercise loader
 * takes (src/exercises/loader.ts). Pure but for the `fetch` it is given.
 *
 * A pack URL (`?pack=…`, absolute or relative to the page) names one JSON file:
 * - a pack index, `{"title": "…", "files": ["course.json", "gather.json", …]}`, whose files are
 *   fetched relative to it;
 * - or a single file of a pack (an exercise, or a `course.json`), which is then the whole pack.
 * Dropped or opened files are taken as they are (exercises and course files, several at once).
 * Problems (unreachable, not JSON, a bad index) are loader errors naming the file and the field.
 */
import type { ExerciseError } from "../../exercises/loader";

export interface PackFiles {
  files: Record<string, string>;
  errors: ExerciseError[];
  /** The index's title, if the pack has an index with one. */
  title: string | null;
}

/** A pack index may list at most this many files (a typo in a generator should not fetch forever). */
export const MAX_PACK_FILES = 500;

/** The pack URL in the page's query string (`?pack=…`), or null. */
export function packParam(search: string): string | null {
  const value = new URLSearchParams(search).get("pack");
  return value === null || value.trim() === "" ? null : value.trim();
}

/** Why a listed path is refused, or null: relative, inside the pack's folder, a .json file. */
function badPath(path: unknown): string | null {
  if (typeof path !== "string") return "must be a string";
  if (!path.endsWith(".json")) return "must name a .json file";
  if (/^[a-z][a-z0-9+.-]*:|^\/|^\\/i.test(path)) return "must be a path relative to the index";
  if (path.split(/[/\\]/).includes("..")) return "must stay inside the pack's folder (no ..)";
  return null;
}

/** The files an index lists, or errors naming its fields. Null when `data` is not an index. */
export function readIndex(
  file: string,
  data: unknown,
): { paths: string[]; title: string | null; errors: ExerciseError[] } | null {
  if (data === null || typeof data !== "object" || !("files" in data)) return null;
  const { files, title } = data as { files: unknown; title?: unknown };
  const errors: ExerciseError[] = [];
  if (title !== undefined && typeof title !== "string")
    errors.push({ file, field: "title", message: "must be a string" });
  if (!Array.isArray(files) || files.length === 0) {
    errors.push({ file, field: "files", message: "must be a non-empty list of .json paths" });
    return { paths: [], title: null, errors };
  }
  if (files.length > MAX_PACK_FILES)
    errors.push({ file, field: "files", message: `lists more than ${MAX_PACK_FILES} files` });
  const paths: string[] = [];
  files.slice(0, MAX_PACK_FILES).forEach((path: unknown, i) => {
    const problem = badPath(path);
    if (problem) errors.push({ file, field: `files[${i}]`, message: problem });
    else paths.push(path as string);
  });
  return { paths, title: typeof title === "string" ? title : null, errors };
}

type Fetch = (url: string) => Promise<{ ok: boolean; status: number; text(): Promise<string> }>;

async function fetchText(
  url: string,
  file: string,
  fetcher: Fetch,
  base: string,
): Promise<{ text: string } | { error: ExerciseError }> {
  try {
    const response = await fetcher(url);
    if (!response.ok)
      return {
        error: { file, field: "", message: `could not be fetched (HTTP ${response.status})` },
      };
    return { text: await response.text() };
  } catch (error) {
    const reason = error instanceof Error ? error.message : String(error);
    // The usual cause for another site: it does not allow cross-origin requests.
    const cors =
      new URL(url).origin === new URL(base).origin
        ? ""
        : "; a pack on another site must be served with the header Access-Control-Allow-Origin";
    return { error: { file, field: "", message: `could not be fetched (${reason})${cors}` } };
  }
}

/** The last path segment of a URL ("https://x.org/p/gather.json" -> "gather.json"). */
function fileName(url: URL): string {
  return decodeURIComponent(url.pathname.split("/").pop() || url.hostname);
}

/** Fetches the pack at `url` (resolved against `base`): its index and every file it lists. */
export async function fetchPack(url: string, base: string, fetcher: Fetch): Promise<PackFiles> {
  let location: URL;
  try {
    location = new URL(url, base);
  } catch {
    return { files: {}, errors: [{ file: url, field: "", message: "is not a URL" }], title: null };
  }
  const name = fileName(location);
  const first = await fetchText(location.href, name, fetcher, base);
  if ("error" in first) return { files: {}, errors: [first.error], title: null };
  let data: unknown;
  try {
    data = JSON.parse(first.text);
  } catch {
    // Not JSON: the loader names the line and column.
    return { files: { [name]: first.text }, errors: [], title: null };
  }
  const index = readIndex(name, data);
  if (index === null) return { files: { [name]: first.text }, errors: [], title: null };
  const files: Record<string, string> = {};
  const errors = [...index.errors];
  const fetched = await Promise.all(
    index.paths.map((path) => fetchText(new URL(path, location).href, path, fetcher, base)),
  );
  fetched.forEach((result, i) => {
    if ("error" in result) errors.push(result.error);
    else files[index.paths[i] as string] = result.text;
  });
  return { files, errors, title: index.title };
}

/** Files the learner dropped or opened: name -> text. */
export async function readDroppedFiles(
  list: readonly { name: string; text(): Promise<string> }[],
): Promise<PackFiles> {
  const files: Record<string, string> = {};
  const errors: ExerciseError[] = [];
  for (const file of list) {
    if (!file.name.toLowerCase().endsWith(".json")) {
      errors.push({
        file: file.name,
        field: "",
        message: "is not a .json file: a pack is made of JSON files",
      });
      continue;
    }
    files[file.name] = await file.text();
  }
  return { files, errors, title: null };
}
