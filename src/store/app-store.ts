/**
 * The app's one store, persisted to localStorage through a write-behind buffer. Importing this
 * module needs a browser; tests build their own store with createAppStore.
 */
import { createAppStore } from "./create-store";
import { createDebouncedStorage } from "./debounced-storage";
import { browserTimer } from "./timer";

/** Short enough that a crash loses at most a fraction of a second of typing. */
const SAVE_DELAY_MS = 300;

export const persistence = createDebouncedStorage(window.localStorage, {
  delayMs: SAVE_DELAY_MS,
  timer: browserTimer,
  onError: (error) => console.error("Interleave could not save your work:", error),
});

export const useAppStore = createAppStore(persistence);

// A hidden page may be killed without another event: save now. (pagehide covers reloads and closes.)
window.addEventListener("pagehide", () => persistence.flush());
document.addEventListener("visibilitychange", () => {
  if (document.visibilityState === "hidden") persistence.flush();
});
