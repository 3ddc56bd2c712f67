/**
 * Loads a pack of exercises from raw file texts (path -> JSON text), the way both the app
 * (files bundled at build time) and the CLI (files read from disk) have them.
 * Each file is parsed, validated against format v1, checked for the rules beyond the schema
 * and normalised. A broken file yields errors naming the file, the field and the reason; the
 * other files still load. Pure and deterministic: files are taken in sorted path order.
 */
import type { Exercise } from "./format";
import { FORMAT_VERSION } from "./format";
import { semanticErrors } from "./semantic";
import { normaliseExercise } from "./normalise";
import { validateExercise } from "./validate";
import {
  isCourseFile,
  mergeModules,
  validateCourse,
  type Course,
  type CourseModule,
} from "./course";

export interface ExerciseError {
  /** The file's path as given to {@link loadPack}. */
  file: string;
  /** JSON field path, e.g. "checks[2].expected"; "" means the whole file. */
  field: string;
  message: string;
}

export interface LoadedPack {
  exercises: Exercise[];
  /** The modules the pack's course files declare, in teaching order (see ./course). */
  modules: CourseModule[];
  errors: ExerciseError[];
  /** The file each loaded exercise came from, by exercise id. */
  fileOf: Record<string, string>;
}

/** "line 3, column 5" for a JSON.parse position, when the message carries one. */
function parseErrorMessage(text: string, error: Error): string {
  const match = /position (\d+)/.exec(error.message);
  if (!match?.[1]) return `invalid JSON: ${error.message}`;
  const position = Number(match[1]);
  const before = text.slice(0, position).split("\n");
  const line = before.length;
  const column = (before[before.length - 1]?.length ?? 0) + 1;
  const reason = error.message.replace(/\s*(in JSON )?at position \d+.*$/s, "");
  return `invalid JSON at line ${line}, column ${column}: ${reason}`;
}

function parseJson(
  file: string,
  text: string,
  holds: string,
): { data: unknown } | { error: ExerciseError } {
  try {
    return { data: JSON.parse(text) as unknown };
  } catch (error) {
    const message =
      text.trim() === "" ? `is empty (${holds})` : parseErrorMessage(text, error as Error);
    return { error: { file, field: "", message } };
  }
}

/** Parses and checks a course file (./course); errors carry the file name. */
export function loadCourseFile(
  file: string,
  text: string,
): { course: Course | null; errors: ExerciseError[] } {
  const parsed = parseJson(file, text, "a course file holds one JSON object");
  if ("error" in parsed) return { course: null, errors: [parsed.error] };
  const result = validateCourse(parsed.data);
  if (!result.ok) return { course: null, errors: result.errors.map((e) => ({ file, ...e })) };
  return { course: result.course, errors: [] };
}

/** Parses and checks one file; errors carry the file name. */
export function loadExerciseFile(
  file: string,
  text: string,
): { exercise: Exercise | null; errors: ExerciseError[] } {
  const parsed = parseJson(file, text, "an exercise file holds one JSON object");
  if ("error" in parsed) return { exercise: null, errors: [parsed.error] };
  const data = parsed.data;
  if (data === null || typeof data !== "object" || Array.isArray(data)) {
    const what = data === null ? "null" : Array.isArray(data) ? "an array" : `a ${typeof data}`;
    const message = `must be a JSON object holding one exercise, not ${what}`;
    return { exercise: null, errors: [{ file, field: "", message }] };
  }
  const version = (data as { version?: unknown }).version;
  if (typeof version === "number" && version !== FORMAT_VERSION) {
    const message = `format version ${version} is not supported (this version of Interleave reads version ${FORMAT_VERSION})`;
    return { exercise: null, errors: [{ file, field: "version", message }] };
  }
  const result = validateExercise(data);
  if (!result.ok) return { exercise: null, errors: result.errors.map((e) => ({ file, ...e })) };
  const problems = semanticErrors(result.exercise);
  if (problems.length > 0) return { exercise: null, errors: problems.map((e) => ({ file, ...e })) };
  return { exercise: normaliseExercise(result.exercise), errors: [] };
}

/**
 * The index of a pack published on the web (`{"title": …, "files": […]}`), which lists the files
 * the app fetches for `?pack=<url of pack.json>` (src/features/packs/pack-files.ts). It is not an
 * exercise: the loader passes over it.
 */
export const PACK_INDEX_FILE = "pack.json";

/** "exercises/asyncio/gather-basics.json" -> "gather-basics". */
function baseName(file: string): string {
  return file.replace(/^.*[/\\]/, "").replace(/\.json$/, "");
}

/**
 * Which of the files claiming one id keeps it: the file named after the id (the convention of
 * every pack, so a stray or hostile file cannot take over an exercise by sorting first), else the
 * first in path order.
 */
function owner(id: string, claimants: readonly string[]): string {
  return claimants.find((file) => baseName(file) === id) ?? (claimants[0] as string);
}

/**
 * Loads every `.json` file of a pack: course files (./course) and exercises. Exercise ids must be unique across the pack: when several
 * files claim one id, the original keeps it (see {@link owner}) and each other file is left out
 * with an error on that file naming both.
 */
export function loadPack(files: Record<string, string>): LoadedPack {
  const loaded: { file: string; exercise: Exercise }[] = [];
  const errors: ExerciseError[] = [];
  const claimants = new Map<string, string[]>();
  const courses: Course[] = [];
  for (const file of Object.keys(files).sort()) {
    if (!file.endsWith(".json") || `${baseName(file)}.json` === PACK_INDEX_FILE) continue;
    if (isCourseFile(file)) {
      const course = loadCourseFile(file, files[file] ?? "");
      errors.push(...course.errors);
      if (course.course) courses.push(course.course);
      continue;
    }
    const result = loadExerciseFile(file, files[file] ?? "");
    errors.push(...result.errors);
    if (!result.exercise) continue;
    loaded.push({ file, exercise: result.exercise });
    const id = result.exercise.id;
    claimants.set(id, [...(claimants.get(id) ?? []), file]);
  }
  const exercises: Exercise[] = [];
  const fileOf: Record<string, string> = {};
  for (const { file, exercise } of loaded) {
    const original = owner(exercise.id, claimants.get(exercise.id) ?? [file]);
    if (original === file) {
      exercises.push(exercise);
      fileOf[exercise.id] = file;
      continue;
    }
    errors.push({
      file,
      field: "id",
      message: `"${exercise.id}" is already the id of the exercise in ${original}; ${file} is left out (give it another id)`,
    });
  }
  return { exercises, modules: mergeModules(courses), errors, fileOf };
}

/** "exercises/a.json: checks[2].match: must be one of ..." */
export function formatExerciseError(error: ExerciseError): string {
  return error.field === ""
    ? `${error.file}: ${error.message}`
    : `${error.file}: ${error.field}: ${error.message}`;
}
