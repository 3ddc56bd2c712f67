/**
 * Merges two copies of the persisted state, e.g. this tab's and the one another tab just saved,
 * so that no tab's work is lost. Pure, and symmetric where it matters: both tabs reach the same
 * state whichever merges first (ties are broken by content, never by who merges).
 *
 * - Code, per exercise: the newest edit wins (a reset is an edit that removes the code, so it is
 *   not undone by an older copy). Edits are stamped with the wall clock of the tab that made them;
 *   two tabs of one browser share that clock.
 * - Progress, per exercise and field: never goes back. `solved` and `solutionRevealed` stay true
 *   once true; counts take the larger side (a sum would count a run both tabs already shared
 *   twice; the larger side is a safe lower bound); the last exit code is the one of the side
 *   with more runs.
 * - Language and theme: preferences, not work; the tab merging keeps its own (the next choice anywhere
 *   is saved and reaches every tab again).
 */
import { EMPTY_PROGRESS, type ExerciseProgress } from "./slices/progress";
import type { PersistedState } from "./types";

interface CodeVersion {
  /** undefined: no code (never edited, or reset to the starter). */
  text: string | undefined;
  /** When it was last edited or reset; 0 for unknown (saved by a version that did not stamp). */
  at: number;
}

/**
 * The newer of two versions of one exercise's code. On a tie, present code beats none, then the
 * larger text: any fixed rule that does not depend on which side is "ours" makes every tab agree.
 */
function newer(a: CodeVersion, b: CodeVersion): CodeVersion {
  if (a.at !== b.at) return a.at > b.at ? a : b;
  if ((a.text === undefined) !== (b.text === undefined)) return a.text !== undefined ? a : b;
  return (a.text ?? "") >= (b.text ?? "") ? a : b;
}

function mergeCode(
  ours: PersistedState,
  theirs: PersistedState,
): Pick<PersistedState, "code" | "codeEdited"> {
  const code: Record<string, string> = {};
  const codeEdited: Record<string, number> = {};
  const ids = new Set([
    ...Object.keys(ours.code),
    ...Object.keys(ours.codeEdited),
    ...Object.keys(theirs.code),
    ...Object.keys(theirs.codeEdited),
  ]);
  for (const id of [...ids].sort()) {
    const pick = newer(
      { text: ours.code[id], at: ours.codeEdited[id] ?? 0 },
      { text: theirs.code[id], at: theirs.codeEdited[id] ?? 0 },
    );
    if (pick.text !== undefined) code[id] = pick.text;
    if (pick.at > 0) codeEdited[id] = pick.at;
  }
  return { code, codeEdited };
}

function mergeProgressEntry(a: ExerciseProgress, b: ExerciseProgress): ExerciseProgress {
  // The side with more runs ran last; on a tie take a known code, the larger if both (symmetric).
  const codes = [a.lastExitCode, b.lastExitCode].filter((c): c is number => c !== null);
  const lastExitCode =
    a.runs !== b.runs
      ? (a.runs > b.runs ? a : b).lastExitCode
      : codes.length > 0
        ? Math.max(...codes)
        : null;
  return {
    runs: Math.max(a.runs, b.runs),
    lastExitCode,
    checks: Math.max(a.checks, b.checks),
    solved: a.solved || b.solved,
    hintsShown: Math.max(a.hintsShown, b.hintsShown),
    solutionRevealed: a.solutionRevealed || b.solutionRevealed,
  };
}

function mergeProgress(
  ours: PersistedState["progress"],
  theirs: PersistedState["progress"],
): PersistedState["progress"] {
  const merged: PersistedState["progress"] = {};
  for (const id of [...new Set([...Object.keys(ours), ...Object.keys(theirs)])].sort()) {
    const a = ours[id];
    const b = theirs[id];
    merged[id] =
      a && b ? mergeProgressEntry(a, b) : { ...EMPTY_PROGRESS, ...(a ?? b ?? EMPTY_PROGRESS) };
  }
  return merged;
}

/** This tab's state (`ours`) merged with another copy (`theirs`); see the module comment. */
export function mergePersisted(ours: PersistedState, theirs: PersistedState): PersistedState {
  return {
    ...mergeCode(ours, theirs),
    progress: mergeProgress(ours.progress, theirs.progress),
    lang: ours.lang,
    theme: ours.theme,
  };
}

/** JSON with object keys sorted, so equal facts give equal text whatever order keys were added. */
function canonical(value: unknown): string {
  if (value === null || typeof value !== "object") return JSON.stringify(value) ?? "null";
  if (Array.isArray(value)) return `[${value.map(canonical).join(",")}]`;
  const entries = Object.entries(value as Record<string, unknown>)
    .filter(([, v]) => v !== undefined)
    .sort(([x], [y]) => (x < y ? -1 : x > y ? 1 : 0));
  return `{${entries.map(([k, v]) => `${JSON.stringify(k)}:${canonical(v)}`).join(",")}}`;
}

/** Whether two persisted states hold the same facts (so nothing needs writing or setting). */
export function samePersisted(a: PersistedState, b: PersistedState): boolean {
  return canonical(a) === canonical(b);
}
