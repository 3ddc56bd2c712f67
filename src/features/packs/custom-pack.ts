/**
 * An instructor's pack, loaded beside the built-in course: validated by the same loader and schema
 * (imported here lazily, so the validator is fetched only when a pack is opened), its exercises
 * renamed into a namespace of their own. The id `pack-<key>/<id>` keeps the pack's code, progress
 * and links apart from the built-in course's (a built-in id cannot contain "/"), and `key` is a
 * hash of where the pack came from, so loading the same pack again finds its progress again.
 */
import type { CourseModule, Exercise, ExerciseError } from "../../exercises";
import type { PackFiles } from "./pack-files";

export interface CustomPack {
  /** Where it came from: the URL as given, or "files:" and the dropped files' names. */
  source: string;
  /** What the course map calls it: the index's title, else the URL or the file names. */
  label: string;
  exercises: Exercise[];
  modules: CourseModule[];
  errors: ExerciseError[];
}

/** FNV-1a, 32 bits, as 8 hex digits: short, stable, and enough to tell a learner's packs apart. */
export function packKey(source: string): string {
  let hash = 0x811c9dc5;
  for (let i = 0; i < source.length; i++) {
    hash ^= source.charCodeAt(i);
    hash = Math.imul(hash, 0x01000193) >>> 0;
  }
  return hash.toString(16).padStart(8, "0");
}

export function customExerciseId(source: string, id: string): string {
  return `pack-${packKey(source)}/${id}`;
}

const DROPPED = "files:";

/** The source of dropped files: their names, sorted, so the same files give the same pack. */
export function droppedSource(names: readonly string[]): string {
  return `${DROPPED}${[...names].sort().join(",")}`;
}

/** A source as a learner reads it: the URL, or the dropped files' names (not "files:a,b"). */
export function sourceLabel(source: string): string {
  return source.startsWith(DROPPED) ? source.slice(DROPPED.length).split(",").join(", ") : source;
}

export async function loadCustomPack(
  source: string,
  label: string,
  { files, errors, title }: PackFiles,
): Promise<CustomPack> {
  const { loadPack } = await import("../../exercises/loader");
  const pack = loadPack(files);
  const allErrors = [...errors, ...pack.errors];
  if (pack.exercises.length === 0 && allErrors.length === 0)
    allErrors.push({ file: label, field: "", message: "holds no exercise" });
  return {
    source,
    label: title ?? label,
    exercises: pack.exercises.map((exercise) => ({
      ...exercise,
      id: customExerciseId(source, exercise.id),
    })),
    modules: pack.modules,
    errors: allErrors,
  };
}
