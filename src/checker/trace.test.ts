import { describe, expect, it } from "vitest";
import type { Lane, Trace, TraceEvent } from "../engine/types";
import { createdCount, loopBlocking, peakConcurrency } from "./trace";

const lanes: Lane[] = [
  { id: 1, kind: "process", name: "MainProcess", parent: null, process: 1 },
  { id: 2, kind: "thread", name: "MainThread", parent: 1, process: 1 },
  { id: 3, kind: "task", name: "Task-1", parent: 2, process: 1 },
  { id: 4, kind: "task", name: "Task-2", parent: 3, process: 1 },
  { id: 5, kind: "task", name: "Task-3", parent: 3, process: 1 },
];
const trace = (events: TraceEvent[], extra: Lane[] = []): Trace => ({
  version: 1,
  lanes: [...lanes, ...extra],
  events,
  truncated: false,
});

/** Two child tasks that each sleep 1 s, either together or one after the other. */
function sleepers(concurrent: boolean): Trace {
  const second = concurrent ? 0 : 1;
  return trace([
    { t: 0, kind: "start", lane: 3 },
    { t: 0, kind: "block", lane: 3, reason: "await" },
    { t: 0, kind: "start", lane: 4 },
    { t: 0, kind: "block", lane: 4, reason: "sleep" },
    ...(concurrent
      ? []
      : ([
          { t: 1, kind: "wake", lane: 4 },
          { t: 1, kind: "finish", lane: 4 },
        ] as TraceEvent[])),
    { t: second, kind: "start", lane: 5 },
    { t: second, kind: "block", lane: 5, reason: "sleep" },
    ...(concurrent
      ? ([
          { t: 1, kind: "wake", lane: 4 },
          { t: 1, kind: "finish", lane: 4 },
        ] as TraceEvent[])
      : []),
    { t: second + 1, kind: "wake", lane: 5 },
    { t: second + 1, kind: "finish", lane: 5 },
    { t: second + 1, kind: "finish", lane: 3 },
  ]);
}

describe("peakConcurrency", () => {
  it("counts tasks sleeping at the same time", () => {
    expect(peakConcurrency(sleepers(true), "task", ["sleep"])).toEqual({ peak: 2, at: 0 });
    expect(peakConcurrency(sleepers(false), "task", ["sleep"])).toEqual({ peak: 1, at: 0 });
  });

  it("counts every live lane without reasons, the main task included", () => {
    expect(peakConcurrency(sleepers(true), "task").peak).toBe(3);
    expect(peakConcurrency(sleepers(false), "task").peak).toBe(2);
  });

  it("ignores other lane kinds", () => {
    expect(peakConcurrency(sleepers(true), "thread").peak).toBe(0);
  });
});

describe("createdCount", () => {
  it("counts lanes created by a lane of the same kind", () => {
    expect(createdCount(trace([]), "task")).toBe(2);
    expect(createdCount(trace([]), "thread")).toBe(0);
    expect(createdCount(trace([]), "process")).toBe(0);
    const child: Lane[] = [
      { id: 6, kind: "process", name: "Process-1", parent: 1, process: 6 },
      { id: 7, kind: "thread", name: "MainThread", parent: 6, process: 6 },
      { id: 8, kind: "thread", name: "Thread-1", parent: 2, process: 1 },
    ];
    expect(createdCount(trace([], child), "process")).toBe(1);
    expect(createdCount(trace([], child), "thread")).toBe(1);
  });
});

describe("loopBlocking", () => {
  it("summarises blocking above the threshold", () => {
    const t = trace([
      { t: 0, kind: "loop-blocked", lane: 4, duration: 1, detail: "time.sleep" },
      { t: 1, kind: "loop-blocked", lane: 5, duration: 2, detail: "time.sleep at line 7" },
      { t: 3, kind: "loop-blocked", lane: 5, duration: 0.001 },
    ]);
    expect(loopBlocking(t)).toEqual({
      count: 3,
      longest: 2,
      total: 3.001,
      at: 1,
      detail: "time.sleep at line 7",
    });
    expect(loopBlocking(t, 0.01).count).toBe(2);
    expect(loopBlocking(trace([])).count).toBe(0);
  });
});
