/**
 * Reads persisted state written by any earlier version of the app. Pure.
 *
 * Version 1 saved `progress` entries as `{runs, lastExitCode}`; version 2 adds checks, solved,
 * hints shown and solution revealed; version 3 adds `codeEdited` (when each exercise's code was last
 * edited, for merging tabs; older code counts as edited at time 0, older than any new edit); version 4 adds the colour `theme` (older states follow the system).
 * Anything unreadable is dropped field by field rather than
 * thrown away whole: the learner's code matters more than a tidy format.
 */
import { browserLang, isLang } from "../i18n";
import { isThemeChoice } from "./slices/prefs";
import { EMPTY_PROGRESS, type ExerciseProgress } from "./slices/progress";
import type { PersistedState } from "./types";

export const PERSIST_VERSION = 4;

const isRecord = (value: unknown): value is Record<string, unknown> =>
  typeof value === "object" && value !== null && !Array.isArray(value);

function readProgress(value: unknown): ExerciseProgress {
  const entry = isRecord(value) ? value : {};
  const count = (key: keyof ExerciseProgress): number => {
    const n = entry[key];
    return typeof n === "number" && Number.isInteger(n) && n >= 0 ? n : 0;
  };
  const flag = (key: keyof ExerciseProgress): boolean => entry[key] === true;
  const exit = entry.lastExitCode;
  return {
    ...EMPTY_PROGRESS,
    runs: count("runs"),
    lastExitCode: typeof exit === "number" ? exit : null,
    checks: count("checks"),
    solved: flag("solved"),
    hintsShown: count("hintsShown"),
    solutionRevealed: flag("solutionRevealed"),
  };
}

/** The persisted state in the current format, whatever version wrote it. */
export function migratePersisted(persisted: unknown): PersistedState {
  const state = isRecord(persisted) ? persisted : {};
  const code: Record<string, string> = {};
  if (isRecord(state.code)) {
    for (const [id, text] of Object.entries(state.code))
      if (typeof text === "string") code[id] = text;
  }
  const codeEdited: Record<string, number> = {};
  if (isRecord(state.codeEdited)) {
    for (const [id, at] of Object.entries(state.codeEdited))
      if (typeof at === "number" && Number.isFinite(at) && at > 0) codeEdited[id] = at;
  }
  const progress: Record<string, ExerciseProgress> = {};
  if (isRecord(state.progress)) {
    for (const [id, entry] of Object.entries(state.progress)) progress[id] = readProgress(entry);
  }
  return {
    code,
    codeEdited,
    progress,
    lang: isLang(state.lang) ? state.lang : browserLang(),
    theme: isThemeChoice(state.theme) ? state.theme : "system",
  };
}
