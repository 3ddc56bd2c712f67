import { describe, expect, it } from "vitest";
import { migratePersisted } from "./migrate";

describe("migratePersisted", () => {
  it("keeps what is readable and drops what is not, field by field", () => {
    expect(
      migratePersisted({
        code: { a: "print(1)", b: 42 },
        progress: { a: { runs: 3, checks: -1, solved: "yes", hintsShown: 2 }, b: null },
        lang: "klingon",
      }),
    ).toEqual({
      code: { a: "print(1)" },
      codeEdited: {},
      progress: {
        a: {
          runs: 3,
          lastExitCode: null,
          checks: 0,
          solved: false,
          hintsShown: 2,
          solutionRevealed: false,
        },
        b: {
          runs: 0,
          lastExitCode: null,
          checks: 0,
          solved: false,
          hintsShown: 0,
          solutionRevealed: false,
        },
      },
      lang: "en",
      theme: "system",
    });
  });

  it("keeps a theme choice and falls back to the system's for anything else", () => {
    expect(migratePersisted({ theme: "dark" }).theme).toBe("dark");
    expect(migratePersisted({ theme: "sepia" }).theme).toBe("system");
  });

  it("keeps valid edit times and drops the rest", () => {
    expect(
      migratePersisted({ code: { a: "1" }, codeEdited: { a: 5, b: "x", c: -1, d: NaN } })
        .codeEdited,
    ).toEqual({ a: 5 });
  });

  it("starts afresh from something that is not state at all", () => {
    expect(migratePersisted("garbage")).toEqual({
      code: {},
      codeEdited: {},
      progress: {},
      lang: "en",
      theme: "system",
    });
  });
});
