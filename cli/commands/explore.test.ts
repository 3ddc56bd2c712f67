import { describe, expect, it } from "vitest";
import { runResult } from "../../src/engine/testing";
import { groupOutcomes, parseExploreArgs } from "./explore";

describe("explore arguments", () => {
  it("reads the file, --schedules, --seed and --json", () => {
    expect(parseExploreArgs(["a.py", "--schedules", "5", "--seed", "3", "--json"])).toEqual({
      file: "a.py",
      schedules: 5,
      seed: 3,
      json: true,
    });
    expect(parseExploreArgs(["a.py"])).toMatchObject({ schedules: 20, seed: 0, json: false });
  });

  it("rejects what it cannot use, with a message fit for the user", () => {
    expect(() => parseExploreArgs([])).toThrow("explore needs a FILE.py");
    expect(() => parseExploreArgs(["a.py", "--schedules", "0"])).toThrow("from 1 to 10000");
    expect(() => parseExploreArgs(["a.py", "--fast"])).toThrow("unknown option --fast");
  });
});

describe("outcomes", () => {
  it("groups schedules by stdout, stderr, exit status and deadlock, first seen first", () => {
    const ok = runResult({ stdout: "4000\n" });
    const lost = runResult({ stdout: "3998\n" });
    const crashed = runResult({ stdout: "4000\n", stderr: "Exception in thread" });
    const outcomes = groupOutcomes([
      { seed: 1, index: 0, run: ok },
      { seed: 2, index: 1, run: lost },
      { seed: 3, index: 2, run: ok },
      { seed: 4, index: 3, run: crashed },
      { seed: 5, index: 4, run: lost },
    ]);
    expect(outcomes.map((o) => [o.stdout, o.count, o.firstSeed, o.firstSchedule])).toEqual([
      ["4000\n", 2, 1, 0],
      ["3998\n", 2, 2, 1],
      ["4000\n", 1, 4, 3],
    ]);
  });
});
