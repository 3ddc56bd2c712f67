/**
 * The learner's work as a file they can keep: code and progress of every exercise, in the same
 * envelope the app saves in the browser (so a later version reads it with the same migration),
 * marked so that no other JSON file is taken for one. Pure.
 */
import { mergePersisted } from "./merge";
import { PERSIST_VERSION } from "./migrate";
import { persistedOf, readStored } from "./sync";
import type { AppState, PersistedState } from "./types";

/** The mark in every backup file. */
export const BACKUP_KIND = "interleave-backup";

export const BACKUP_FILE_NAME = "interleave-work.json";

/** The backup file's text for the current state. */
export function backupText(state: AppState): string {
  return `${JSON.stringify(
    { kind: BACKUP_KIND, version: PERSIST_VERSION, state: persistedOf(state) },
    null,
    2,
  )}\n`;
}

/** The state in a backup file's text, or null when the text is not a backup. */
export function readBackup(text: string): PersistedState | null {
  try {
    const data = JSON.parse(text) as { kind?: unknown };
    if (data === null || typeof data !== "object" || data.kind !== BACKUP_KIND) return null;
  } catch {
    return null;
  }
  return readStored(text);
}

/**
 * The state after restoring a backup into `current`: merged like another tab's save, so a
 * restore adds what the file has and never discards newer work.
 */
export function restoreBackup(current: PersistedState, backup: PersistedState): PersistedState {
  return mergePersisted(current, backup);
}

/** What a restore changed, for the message after an import. */
export interface RestoreSummary {
  /** Exercises whose code the file replaced (its copy was newer). */
  code: number;
  /** Exercises whose progress grew (more runs, checks or hints), not counting new solves. */
  progress: number;
  /** Exercises solved in the file but not here before. */
  solved: number;
}

export function summarizeRestore(before: PersistedState, after: PersistedState): RestoreSummary {
  const ids = (record: object) => Object.keys(record);
  const code = new Set([...ids(before.code), ...ids(after.code)]);
  let codeChanged = 0;
  for (const id of code) if (before.code[id] !== after.code[id]) codeChanged++;
  let progress = 0;
  let solved = 0;
  for (const [id, entry] of Object.entries(after.progress)) {
    const old = before.progress[id];
    if (entry.solved && !old?.solved) solved++;
    else if (JSON.stringify(entry) !== JSON.stringify(old ?? null)) progress++;
  }
  return { code: codeChanged, progress, solved };
}
