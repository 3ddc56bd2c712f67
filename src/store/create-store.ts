/**
 * Builds the app store: one Zustand store from typed slices, with `persist` applied once, here,
 * where the slices combine. Only the learner's code, progress and preferences are persisted.
 */
import { create } from "zustand";
import { createJSONStorage, persist, type StateStorage } from "zustand/middleware";
import { migratePersisted, PERSIST_VERSION } from "./migrate";
import { createAuthoringSlice } from "./slices/authoring";
import { createCodeSlice } from "./slices/code";
import { createCustomPackSlice } from "./slices/custom-pack";
import { createExercisesSlice } from "./slices/exercises";
import { createPrefsSlice } from "./slices/prefs";
import { createProgressSlice } from "./slices/progress";
import { createPythonSlice } from "./slices/python";
import { createRunSlice } from "./slices/run";
import { createSavingSlice } from "./slices/saving";
import { createSiteSlice } from "./slices/site";
import { persistedOf, STORAGE_KEY } from "./sync";
import { skipUnchangedWrites } from "./unchanged-writes";
import type { AppState, PersistedState } from "./types";

export { STORAGE_KEY };

export interface StoreOptions {
  /** The wall clock that stamps code edits (tests pass their own). */
  now?: () => number;
}

export function createAppStore(storage: StateStorage, { now = Date.now }: StoreOptions = {}) {
  return create<AppState>()(
    persist(
      (...a) => ({
        ...createExercisesSlice(...a),
        ...createCodeSlice(now)(...a),
        ...createRunSlice(...a),
        ...createPythonSlice(...a),
        ...createProgressSlice(...a),
        ...createPrefsSlice(...a),
        ...createSavingSlice(...a),
        ...createSiteSlice(...a),
        ...createCustomPackSlice(...a),
        ...createAuthoringSlice(...a),
      }),
      {
        name: STORAGE_KEY,
        version: PERSIST_VERSION,
        migrate: (persisted) => migratePersisted(persisted),
        storage: skipUnchangedWrites(createJSONStorage<PersistedState>(() => storage)),
        partialize: (state): PersistedState => persistedOf(state),
      },
    ),
  );
}

export type AppStore = ReturnType<typeof createAppStore>;
