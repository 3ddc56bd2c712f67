import { describe, expect, it } from "vitest";
import type { Exercise } from "../../exercises";
import { EMPTY_PROGRESS } from "../../store/slices/progress";
import { continueTarget, exerciseState, moduleProgress, neighbours } from "./course-progress";
import type { ModuleGroup } from "./group-by-module";

const ex = (id: string): Exercise => ({
  version: 1,
  id,
  title: id,
  module: "m",
  difficulty: "easy",
  description: "",
  starter: "",
  solution: "",
  checks: [{ kind: "exit", code: 0 }],
});

const groups: ModuleGroup[] = [
  { module: "one", title: "One", exercises: [ex("a"), ex("b")] },
  { module: "two", title: "Two", exercises: [ex("c"), ex("d")] },
];

const solved = { ...EMPTY_PROGRESS, checks: 1, solved: true };
const ran = { ...EMPTY_PROGRESS, runs: 2 };

describe("exerciseState", () => {
  it("is solved after a passing check, attempted after a run or an edit, new otherwise", () => {
    const progress = { a: solved, b: ran };
    expect(exerciseState("a", progress, {})).toBe("solved");
    expect(exerciseState("b", progress, {})).toBe("attempted");
    expect(exerciseState("c", progress, { c: 5 })).toBe("attempted");
    expect(exerciseState("d", progress, {})).toBe("new");
  });
});

describe("moduleProgress", () => {
  it("counts solved and attempted exercises of the module", () => {
    expect(moduleProgress(groups[0]!, { a: solved, b: ran }, {})).toEqual({
      solved: 1,
      attempted: 1,
      total: 2,
    });
  });
});

describe("continueTarget", () => {
  it("starts at the first exercise of a fresh course", () => {
    expect(continueTarget(groups, {}, {})).toEqual({
      exercise: groups[0]!.exercises[0],
      resume: false,
    });
  });

  it("returns to the exercise edited last while it is unsolved", () => {
    expect(continueTarget(groups, {}, { a: 1, c: 9, b: 3 })?.exercise.id).toBe("c");
  });

  it("moves on past a solved exercise, wrapping round to earlier unsolved ones", () => {
    expect(continueTarget(groups, { c: solved }, { c: 9 })?.exercise.id).toBe("d");
    expect(continueTarget(groups, { c: solved, d: solved }, { d: 9 })?.exercise.id).toBe("a");
  });

  it("without edits, continues from the furthest exercise run or checked", () => {
    const ran = { runs: 1, checks: 0 };
    expect(continueTarget(groups, { b: ran }, {})).toEqual({
      exercise: groups.flatMap((g) => g.exercises).find((e) => e.id === "b"),
      resume: true,
    });
    expect(continueTarget(groups, { b: ran, c: { checks: 1 } }, {})?.exercise.id).toBe("c");
    expect(continueTarget(groups, { c: solved }, {})?.exercise.id).toBe("d");
  });

  it("is null when everything is solved", () => {
    expect(continueTarget(groups, { a: solved, b: solved, c: solved, d: solved }, {})).toBeNull();
  });
});

describe("neighbours", () => {
  it("crosses module boundaries in course order", () => {
    const around = neighbours(groups, "b");
    expect([around.previous?.id, around.next?.id, around.index, around.total]).toEqual([
      "a",
      "c",
      1,
      4,
    ]);
    expect(neighbours(groups, "a").previous).toBeNull();
    expect(neighbours(groups, "d").next).toBeNull();
    expect(neighbours(groups, "zzz")).toMatchObject({ previous: null, next: null, index: -1 });
  });
});
