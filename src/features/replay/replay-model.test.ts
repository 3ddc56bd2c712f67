import { describe, expect, it } from "vitest";
import type { RaceReport, RaceStep } from "../../engine/types";
import { firstConflict, positionsAt, replayThreads, stepForKey } from "./replay-model";

const step = (
  thread: string,
  line: number,
  op: RaceStep["op"],
  value: string | null,
): RaceStep => ({
  thread,
  lane: thread === "Thread-1" ? 1 : 2,
  line,
  op,
  text: "counter",
  value,
  check: false,
  t: 0,
});

const race: RaceReport = {
  kind: "lost-update",
  location: "counter",
  steps: [
    step("Thread-1", 8, "enter", null),
    step("Thread-1", 9, "read", "41"),
    step("Thread-2", 9, "read", "41"),
    step("Thread-1", 10, "write", "42"),
    step("Thread-2", 10, "write", "42"),
  ],
  conflict: [1, 2, 3, 4],
};

describe("replay model", () => {
  it("lists threads in order of appearance and starts at the first conflicting access", () => {
    expect(replayThreads(race)).toEqual(["Thread-1", "Thread-2"]);
    expect(firstConflict(race)).toBe(1);
  });

  it("puts each thread at its latest access so far, marking the one that moved", () => {
    expect(positionsAt(race, 1).map((p) => [p.thread, p.line, p.current])).toEqual([
      ["Thread-1", 9, true],
    ]);
    expect(positionsAt(race, 3).map((p) => [p.thread, p.line, p.step.value, p.current])).toEqual([
      ["Thread-1", 10, "42", true],
      ["Thread-2", 9, "41", false],
    ]);
    expect(positionsAt(race, 99).map((p) => p.line)).toEqual([10, 10]);
  });

  it("steps with the arrow keys, Home and End, within bounds", () => {
    expect(stepForKey("ArrowRight", 1, 5)).toBe(2);
    expect(stepForKey("ArrowRight", 4, 5)).toBe(4);
    expect(stepForKey("ArrowLeft", 0, 5)).toBe(0);
    expect(stepForKey("End", 0, 5)).toBe(4);
    expect(stepForKey("Home", 3, 5)).toBe(0);
    expect(stepForKey("Enter", 3, 5)).toBeNull();
  });
});
