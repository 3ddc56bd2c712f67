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
