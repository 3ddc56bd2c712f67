import { describe, expect, it } from "vitest";
import { mergePersisted, samePersisted } from "./merge";
import { EMPTY_PROGRESS } from "./slices/progress";
import type { PersistedState } from "./types";

const state = (changes: Partial<PersistedState>): PersistedState => ({
  code: {},
  codeEdited: {},
  progress: {},
  lang: "en",
  theme: "system",
  ...changes,
});

describe("mergePersisted", () => {
  it("keeps the newest code per exercise, from either side", () => {
    const a = state({ code: { x: "a-x", y: "a-y" }, codeEdited: { x: 20, y: 5 } });
    const b = state({ code: { x: "b-x", y: "b-y", z: "b-z" }, codeEdited: { x: 10, y: 30, z: 1 } });
    const merged = mergePersisted(a, b);
    expect(merged.code).toEqual({ x: "a-x", y: "b-y", z: "b-z" });
    expect(merged.codeEdited).toEqual({ x: 20, y: 30, z: 1 });
  });

  it("a newer reset wins over older code, an older reset loses to newer code", () => {
    const reset = state({ code: {}, codeEdited: { x: 50, y: 5 } });
    const edited = state({ code: { x: "old", y: "new" }, codeEdited: { x: 40, y: 60 } });
    expect(mergePersisted(reset, edited).code).toEqual({ y: "new" });
    expect(mergePersisted(edited, reset).code).toEqual({ y: "new" });
  });

  it("never loses a solved mark or a revealed solution; counts never go back", () => {
    const a = state({
      progress: { x: { ...EMPTY_PROGRESS, runs: 5, lastExitCode: 1, checks: 2, solved: true } },
    });
    const b = state({
      progress: {
        x: { ...EMPTY_PROGRESS, runs: 7, lastExitCode: 0, checks: 1, hintsShown: 2 },
        y: { ...EMPTY_PROGRESS, solutionRevealed: true, checks: 1 },
      },
    });
    for (const merged of [mergePersisted(a, b), mergePersisted(b, a)]) {
      expect(merged.progress.x).toEqual({
        runs: 7,
        lastExitCode: 0,
        checks: 2,
        solved: true,
        hintsShown: 2,
        solutionRevealed: false,
      });
      expect(merged.progress.y?.solutionRevealed).toBe(true);
    }
  });

  it("gives both tabs the same state whichever merges first (ties included)", () => {
    const a = state({ code: { x: "aaa", y: "same" }, codeEdited: { x: 7, y: 7 } });
    const b = state({ code: { x: "bbb" }, codeEdited: { x: 7, y: 7 } });
    const ab = mergePersisted(a, b);
    const ba = mergePersisted(b, a);
    expect(samePersisted(ab, ba)).toBe(true);
    expect(ab.code).toEqual({ x: "bbb", y: "same" });
  });

  it("is idempotent: merging a merge with either side changes nothing", () => {
    const a = state({
      code: { x: "1" },
      codeEdited: { x: 3 },
      progress: { x: { ...EMPTY_PROGRESS, solved: true } },
    });
    const b = state({ code: { y: "2" }, codeEdited: { y: 4 } });
    const merged = mergePersisted(a, b);
    expect(samePersisted(mergePersisted(merged, a), merged)).toBe(true);
    expect(samePersisted(mergePersisted(merged, b), merged)).toBe(true);
  });

  it("keeps this tab's language and theme", () => {
    const merged = mergePersisted(
      state({ lang: "ru", theme: "dark" }),
      state({ lang: "en", theme: "light" }),
    );
    expect([merged.lang, merged.theme]).toEqual(["ru", "dark"]);
  });
});

describe("samePersisted", () => {
  it("ignores the order keys were added in", () => {
    const a = state({ code: { x: "1", y: "2" } });
    const b = state({ code: { y: "2", x: "1" } });
    expect(samePersisted(a, b)).toBe(true);
    expect(samePersisted(a, state({ code: { x: "1" } }))).toBe(false);
  });
});
