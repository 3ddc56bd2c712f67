/**
 * The learner's code per exercise id. Persisted: it survives reloads. An exercise without an entry
 * shows its starter code. Each edit and reset is stamped with the time it was made, so that two
 * tabs' copies can be merged per exercise, the newest winning (see ../merge.ts).
 */
import type { SliceCreator } from "../types";

export interface CodeSlice {
  code: Record<string, string>;
  /** When each exercise's code was last edited or reset (ms since the epoch, this browser's clock). */
  codeEdited: Record<string, number>;
  setCode: (exerciseId: string, text: string) => void;
  /** Forgets the learner's code, so the exercise shows its starter code again. */
  resetCode: (exerciseId: string) => void;
}

/** `now` reads the wall clock (tests pass their own). */
export const createCodeSlice =
  (now: () => number): SliceCreator<CodeSlice> =>
  (set) => ({
    code: {},
    codeEdited: {},
    setCode: (exerciseId, text) =>
      set((state) =>
        state.code[exerciseId] === text
          ? state
          : {
              code: { ...state.code, [exerciseId]: text },
              codeEdited: { ...state.codeEdited, [exerciseId]: now() },
            },
      ),
    resetCode: (exerciseId) =>
      set((state) => {
        if (!(exerciseId in state.code)) return state;
        const code = { ...state.code };
        delete code[exerciseId];
        return { code, codeEdited: { ...state.codeEdited, [exerciseId]: now() } };
      }),
  });
