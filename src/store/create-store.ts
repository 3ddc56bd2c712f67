/**
 * Builds the app store: one Zustand store from typed slices, with `persist` applied once, here,
 * where the slices combine. Only the learner's code, progress and preferences are persisted.
 */
import { create } from "zustand";
import { createJSONStorage, persist, type StateStorage } from "zustand/middleware";
import { migratePersisted, PERSIST_VERSION } from "./migrate";
import { createCodeSlice } from "./slices/code";
import { createExercisesSlice } from "./slices/exercises";
import { createPrefsSlice } from "./slices/prefs";
import { createProgressSlice } from "./slices/progress";
import { createPythonSlice } from "./slices/python";
import { createRunSlice } from "./slices/run";
import type { AppState, PersistedState } from "./types";

/** Key of the persisted state in the storage. */
export const STORAGE_KEY = "interleave";

export function createAppStore(storage: StateStorage) {
  return create<AppState>()(
    persist(
      (...a) => ({
        ...createExercisesSlice(...a),
        ...createCodeSlice(...a),
        ...createRunSlice(...a),
        ...createPythonSlice(...a),
        ...createProgressSlice(...a),
        ...createPrefsSlice(...a),
      }),
      {
        name: STORAGE_KEY,
        version: PERSIST_VERSION,
        migrate: (persisted) => migratePersisted(persisted),
        storage: createJSONStorage(() => storage),
        partialize: (state): PersistedState => ({
          code: state.code,
          progress: state.progress,
          lang: state.lang,
        }),
      },
    ),
  );
}

export type AppStore = ReturnType<typeof createAppStore>;
