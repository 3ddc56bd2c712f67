/**
 * The learner's code per exercise id. Persisted: it survives reloads. An exercise without an entry
 * shows its starter code.
 */
import type { SliceCreator } from "../types";

export interface CodeSlice {
  code: Record<string, string>;
  setCode: (exerciseId: string, text: string) => void;
  /** Forgets the learner's code, so the exercise shows its starter code again. */
  resetCode: (exerciseId: string) => void;
}

export const createCodeSlice: SliceCreator<CodeSlice> = (set) => ({
  code: {},
  setCode: (exerciseId, text) =>
    set((state) =>
      state.code[exerciseId] === text ? state : { code: { ...state.code, [exerciseId]: text } },
    ),
  resetCode: (exerciseId) =>
    set((state) => {
      if (!(exerciseId in state.code)) return state;
      const code = { ...state.code };
      delete code[exerciseId];
      return { code };
    }),
});
