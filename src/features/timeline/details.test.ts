import { describe, expect, it } from "vitest";
import { EN } from "../i18n/ui-text";
import { describeAt, nextStop, rowStops } from "./details";
import type { TimelineRow } from "./trace-model";

const row: TimelineRow = {
  lane: { id: 3, kind: "task", name: "Task-2", parent: 2, process: 1 },
  depth: 2,
  segments: [
    { start: 0, end: 1, state: "running", reason: null, detail: null },
    { start: 1, end: 3, state: "blocked", reason: "sleep", detail: "asyncio.sleep(2)" },
  ],
  prints: [{ t: 0.5, stream: "stdout", text: "start a" }],
  loopBlocks: [{ t: 0.25, duration: 0.5, detail: "time.sleep(0.5) inside a coroutine" }],
  start: 0,
  finish: 3,
  error: null,
  deadlock: null,
  accesses: [],
};

describe("describeAt", () => {
  it("says what the lane was doing, why, on what, and for how long", () => {
    expect(describeAt(row, 2, 0.01, EN.timeline)).toEqual({
      title: "Task-2 (task)",
      lines: ["blocked: sleep — asyncio.sleep(2)", "1.000 s → 3.000 s (2.000 s)"],
    });
  });

  it("adds prints near the point and event-loop blocking around it", () => {
    const details = describeAt(row, 0.5, 0.01, EN.timeline);
    expect(details.lines).toEqual([
      "held the event loop for 500.000 ms without awaiting: time.sleep(0.5) inside a coroutine",
      'printed at 500.000 ms: "start a"',
      "running",
      "0.000 s → 1.000 s (1.000 s)",
    ]);
  });

  it("names the deadlock a lane is caught in, and the error that ended it", () => {
    const stuck: TimelineRow = {
      ...row,
      segments: [],
      prints: [],
      loopBlocks: [],
      error: "ValueError",
      deadlock: { waitsFor: "a Lock", heldBy: "Thread-2" },
    };
    expect(describeAt(stuck, 1, 0.01, EN.timeline).lines).toEqual([
      "deadlocked: waits for a Lock, held by Thread-2",
      "started at 0.000 s",
      "ended by ValueError at 3.000 s",
    ]);
  });
});

describe("keyboard stops", () => {
  it("lists segment starts, prints and loop blocks once each, in time order", () => {
    expect(rowStops(row)).toEqual([0, 0.25, 0.5, 1]);
  });

  it("steps forward and back, staying at the ends", () => {
    const stops = [0, 0.25, 0.5, 1];
    expect(nextStop(stops, null, 1)).toBe(0);
    expect(nextStop(stops, null, -1)).toBe(1);
    expect(nextStop(stops, 0.25, 1)).toBe(0.5);
    expect(nextStop(stops, 0.3, 1)).toBe(0.5);
    expect(nextStop(stops, 0.25, -1)).toBe(0);
    expect(nextStop(stops, 1, 1)).toBe(1);
    expect(nextStop(stops, 0, -1)).toBe(0);
    expect(nextStop([], 0, 1)).toBeNull();
  });
});
