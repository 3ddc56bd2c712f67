/**
 * Keeps tabs of one browser from losing each other's work. Two ways state meets:
 * - writing: before this tab saves, its state is merged with the one stored now
 *   ({@link reconcileStored}), so a save never drops what another tab saved since;
 * - reading: when another tab saves, the browser fires a `storage` event in this one, and its
 *   state is merged into this tab's store ({@link applyStored}), so this tab shows it and its
 *   next save keeps it.
 * The merge itself is ./merge.ts. Pure but for the store passed in.
 */
import type { StoreApi } from "zustand";
import { mergePersisted, samePersisted } from "./merge";
import { migratePersisted, PERSIST_VERSION } from "./migrate";
import type { AppState, PersistedState } from "./types";

/** Key of the persisted state in the storage. */
export const STORAGE_KEY = "interleave";

/** What zustand's persist middleware stores under the key. */
interface Envelope {
  state: unknown;
  version?: unknown;
}

/** The persisted state in a stored text, or null when the text is not ours to read. */
export function readStored(text: string | null): PersistedState | null {
  if (text === null) return null;
  let envelope: unknown;
  try {
    envelope = JSON.parse(text);
  } catch {
    return null;
  }
  if (envelope === null || typeof envelope !== "object" || !("state" in envelope)) return null;
  return migratePersisted((envelope as Envelope).state);
}

export const persistedOf = (state: AppState): PersistedState => ({
  code: state.code,
  codeEdited: state.codeEdited,
  progress: state.progress,
  lang: state.lang,
  theme: state.theme,
});

/** The text to save: ours merged with what is stored now (ours alone when that is unreadable). */
export function reconcileStored(ours: string, stored: string | null): string {
  const theirs = readStored(stored);
  const mine = readStored(ours);
  if (theirs === null || mine === null) return ours;
  const merged = mergePersisted(mine, theirs);
  return samePersisted(merged, mine)
    ? ours
    : JSON.stringify({ state: merged, version: PERSIST_VERSION });
}

/**
 * Merges state another tab saved into this tab's store. Its language and theme choices are taken
 * too: they are the newest choices made (a tab saves only after its own change or after taking others').
 */
export function applyStored(store: StoreApi<AppState>, text: string | null): void {
  const theirs = readStored(text);
  if (theirs === null) return;
  const current = persistedOf(store.getState());
  const merged = { ...mergePersisted(current, theirs), lang: theirs.lang, theme: theirs.theme };
  if (!samePersisted(merged, current)) store.setState(merged);
}

/** Listens for other tabs' saves (the `storage` event fires only in the tabs that did not write). */
export function listenToOtherTabs(
  store: StoreApi<AppState>,
  target: Pick<Window, "addEventListener">,
  storageArea: Storage | null,
): void {
  target.addEventListener("storage", (event) => {
    if (event.key !== STORAGE_KEY || (storageArea !== null && event.storageArea !== storageArea))
      return;
    applyStored(store, event.newValue);
  });
}
