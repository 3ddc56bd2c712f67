import { describe, expect, it } from "vitest";
import type { Engine } from "../../src/engine/types";
import { minimalExercise } from "../../src/exercises/testing";
import { checkContent } from "./validate-runs";

/** An engine that fails the way a crashed or wedged Pyodide does, counting how often it was made. */
function engines(behaviour: "crash" | "wedge") {
  let loads = 0;
  const engine: Engine = {
    run: () =>
      behaviour === "crash"
        ? Promise.reject(new Error("memory access out of bounds"))
        : new Promise(() => {}),
    invoke: () =>
      behaviour === "crash"
        ? Promise.reject(new Error("memory access out of bounds"))
        : new Promise(() => {}),
    stackSwitching: true,
    pythonVersion: "3.14.2",
  };
  return {
    loadEngine: () => {
      loads += 1;
      return Promise.resolve(engine);
    },
    loads: () => loads,
  };
}

const pack = [
  { file: "a.json", exercise: minimalExercise({ id: "a" }) },
  { file: "b.json", exercise: minimalExercise({ id: "b" }) },
];

describe("checkContent", () => {
  it("reports a checker crash by file and field, and replaces the engine after it", async () => {
    const made = engines("crash");
    const errors = await checkContent(pack, { loadEngine: made.loadEngine });
    expect(errors.map((e) => [e.file, e.field])).toEqual([
      ["a.json", "solution"],
      ["a.json", "starter"],
      ["b.json", "solution"],
      ["b.json", "starter"],
    ]);
    expect(errors[0]?.message).toMatch(/^crashes the checker: .*memory access out of bounds/);
    expect(made.loads()).toBe(4);
  });

  it("gives up on a check that never answers, says it hangs, and goes on", async () => {
    const made = engines("wedge");
    const errors = await checkContent(pack.slice(0, 1), {
      loadEngine: made.loadEngine,
      hangSeconds: 0.05,
    });
    expect(errors).toEqual([
      {
        file: "a.json",
        field: "solution",
        message: "hangs: the check had no verdict after 0.05 s of real time",
      },
      {
        file: "a.json",
        field: "starter",
        message: "hangs: the check had no verdict after 0.05 s of real time",
      },
    ]);
    expect(made.loads()).toBe(2);
  });

  it("checks each translation of a program that differs", async () => {
    const made = engines("crash");
    const exercise = minimalExercise({ id: "t", solution: { en: "print(1)", ru: "print(2)" } });
    const errors = await checkContent([{ file: "t.json", exercise }], {
      loadEngine: made.loadEngine,
    });
    expect(errors.filter((e) => e.field === "solution").map((e) => e.message)).toEqual([
      expect.stringMatching(/\(en\)$/),
      expect.stringMatching(/\(ru\)$/),
    ]);
  });
});
