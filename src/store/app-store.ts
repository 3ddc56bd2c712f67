/**
 * The app's one store, persisted to localStorage (./persistence.ts), kept in step with the other
 * tabs of the site (./sync.ts). Importing this module needs a browser; tests build their own
 * store with createAppStore.
 */
import { createAppStore, type AppStore } from "./create-store";
import { createPersistence } from "./persistence";
import type { SaveProblem } from "./slices/saving";
import { listenToOtherTabs, STORAGE_KEY } from "./sync";
import { browserTimer } from "./timer";

/**
 * localStorage, or null where the browser refuses it (a blocked-storage setting throws on the
 * mere property access).
 */
function browserStorage(): Storage | null {
  try {
    const storage = window.localStorage;
    storage.getItem(STORAGE_KEY);
    return storage;
  } catch {
    return null;
  }
}

const local = browserStorage();
/** The store once it exists; a problem may come before (while the store hydrates). */
let store: AppStore | null = null;
let problemAtStart: SaveProblem | null = local === null ? "unavailable" : null;

export const persistence = createPersistence({
  local,
  timer: browserTimer,
  report: (problem) => {
    if (store === null) problemAtStart = problem;
    else store.getState().setSaveProblem(problem);
  },
});

export const useAppStore = createAppStore(persistence);
store = useAppStore;
useAppStore.getState().setSaveProblem(problemAtStart);

if (local !== null) listenToOtherTabs(useAppStore, window, local);

// A hidden page may be killed without another event: save now. (pagehide covers reloads and closes.)
window.addEventListener("pagehide", () => persistence.flush());
document.addEventListener("visibilitychange", () => {
  if (document.visibilityState === "hidden") persistence.flush();
});
