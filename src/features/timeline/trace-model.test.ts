import { describe, expect, it } from "vitest";
import type { Lane, Trace, TraceEvent } from "../../engine/types";
import { buildTimeline } from "./trace-model";

const lane = (id: number, kind: Lane["kind"], parent: number | null, process = 1): Lane => ({
  id,
  kind,
  name: `${kind}-${id}`,
  parent,
  process,
});

const trace = (lanes: Lane[], events: TraceEvent[], truncated = false): Trace => ({
  version: 1,
  lanes,
  events,
  truncated,
});

/** "state/reason start-end" per segment, compact enough to read in an assertion. */
const shape = (segments: { start: number; end: number; state: string; reason: string | null }[]) =>
  segments.map((s) => `${s.state}${s.reason ? `/${s.reason}` : ""} ${s.start}-${s.end}`);

describe("buildTimeline", () => {
  it("orders rows as a tree: process, its threads, their tasks, nested by parent", () => {
    const model = buildTimeline({
      trace: trace(
        [
          lane(1, "process", null),
          lane(5, "task", 3),
          lane(2, "thread", 1),
          lane(3, "task", 2),
          lane(4, "thread", 2),
          lane(6, "task", 3),
        ],
        [],
      ),
    });
    expect(model.rows.map((r) => [r.lane.id, r.depth])).toEqual([
      [1, 0],
      [2, 1],
      [3, 2],
      [5, 3],
      [6, 3],
      [4, 2],
    ]);
  });

  it("puts each process's threads under it, as a pool run's trace names them", () => {
    // The shape `interleave run` gives a Pool of two: each worker's MainThread is created by the
    // parent's MainThread (lane 2) but belongs to the worker's process.
    const named = (
      id: number,
      kind: Lane["kind"],
      name: string,
      parent: number | null,
      process: number,
    ) => ({
      ...lane(id, kind, parent, process),
      name,
    });
    const model = buildTimeline({
      trace: trace(
        [
          named(1, "process", "MainProcess", null, 1),
          named(2, "thread", "MainThread", 1, 1),
          named(3, "thread", "Thread-1 (worker)", 2, 1),
          named(4, "process", "ForkServerPoolWorker-1", 1, 4),
          named(5, "thread", "MainThread", 2, 4),
          named(6, "process", "ForkServerPoolWorker-2", 1, 6),
          named(7, "thread", "MainThread", 2, 6),
        ],
        [],
      ),
    });
    expect(model.rows.map((r) => `${"  ".repeat(r.depth)}${r.lane.name}`)).toEqual([
      "MainProcess",
      "  MainThread",
      "    Thread-1 (worker)",
      "ForkServerPoolWorker-1",
      "  MainThread",
      "ForkServerPoolWorker-2",
      "  MainThread",
    ]);
  });

  it("puts a replayed schedule's accesses on their threads' lanes, racing ones marked", () => {
    const model = buildTimeline({
      trace: trace([lane(1, "process", null), lane(2, "thread", 1), lane(3, "thread", 1)], []),
      accesses: [
        { lane: 2, t: 0.001, conflict: true, current: false },
        { lane: 3, t: 0.002, conflict: true, current: true },
        { lane: 3, t: 0.003, conflict: false, current: false },
        { lane: 9, t: 0.004, conflict: true, current: false }, // no such lane: not drawn
      ],
    });
    const byLane = model.rows.map((r) => [r.lane.id, r.accesses.map((a) => a.t)]);
    expect(byLane).toEqual([
      [1, []],
      [2, [0.001]],
      [3, [0.002, 0.003]],
    ]);
    expect(model.rows[2]?.accesses[0]).toMatchObject({ conflict: true, current: true });
  });

  it("threads of one process take turns: a run makes the running thread ready", () => {
    const model = buildTimeline({
      trace: trace(
        [lane(1, "process", null), lane(2, "thread", 1), lane(3, "thread", 2)],
        [
          { t: 0, kind: "start", lane: 2 },
          { t: 0, kind: "run", lane: 2 },
          { t: 1, kind: "start", lane: 3 },
          { t: 1, kind: "block", lane: 2, reason: "join", detail: "join thread-3" },
          { t: 1, kind: "run", lane: 3 },
          { t: 2, kind: "block", lane: 3, reason: "lock", detail: "Lock at line 4" },
          { t: 3, kind: "wake", lane: 3 },
          { t: 4, kind: "run", lane: 3 },
          { t: 5, kind: "finish", lane: 3 },
          { t: 5, kind: "wake", lane: 2 },
          { t: 5, kind: "run", lane: 2 },
          { t: 6, kind: "finish", lane: 2 },
        ],
      ),
    });
    const [process, main, worker] = model.rows;
    expect(shape(main?.segments ?? [])).toEqual(["running 0-1", "blocked/join 1-5", "running 5-6"]);
    expect(shape(worker?.segments ?? [])).toEqual([
      "running 1-2",
      "blocked/lock 2-3",
      "ready 3-4",
      "running 4-5",
    ]);
    expect(worker?.segments[1]?.detail).toBe("Lock at line 4");
    expect(worker).toMatchObject({ start: 1, finish: 5, error: null });
    expect(process).toMatchObject({ start: 0, finish: 6, segments: [] });
    expect(model.reasons).toEqual(["lock", "join"]);
    expect(model.end).toBe(6);
  });

  it("a preempted thread is ready until it runs again", () => {
    const model = buildTimeline({
      trace: trace(
        [lane(2, "thread", null), lane(3, "thread", 2)],
        [
          { t: 0, kind: "run", lane: 2 },
          { t: 1, kind: "run", lane: 3 },
          { t: 2, kind: "run", lane: 2 },
          { t: 3, kind: "finish", lane: 2 },
          { t: 3, kind: "run", lane: 3 },
          { t: 4, kind: "finish", lane: 3 },
        ],
      ),
    });
    expect(shape(model.rows[0]?.segments ?? [])).toEqual([
      "running 0-1",
      "ready 1-2",
      "running 2-3",
    ]);
    expect(shape(model.rows[1]?.segments ?? [])).toEqual([
      "running 1-2",
      "ready 2-3",
      "running 3-4",
    ]);
  });

  it("tasks take turns on their thread's loop without preempting the thread", () => {
    const model = buildTimeline({
      trace: trace(
        [lane(2, "thread", null), lane(3, "task", 2), lane(4, "task", 3)],
        [
          { t: 0, kind: "run", lane: 2 },
          { t: 0, kind: "run", lane: 3 },
          { t: 1, kind: "run", lane: 4 },
          { t: 2, kind: "finish", lane: 4 },
          { t: 2, kind: "run", lane: 3 },
          { t: 3, kind: "finish", lane: 3 },
          { t: 3, kind: "finish", lane: 2 },
        ],
      ),
    });
    const [thread, outer, inner] = model.rows;
    expect(shape(thread?.segments ?? [])).toEqual(["running 0-3"]);
    expect(shape(outer?.segments ?? [])).toEqual(["running 0-1", "ready 1-2", "running 2-3"]);
    expect(shape(inner?.segments ?? [])).toEqual(["running 1-2"]);
  });

  it("processes run side by side", () => {
    const model = buildTimeline({
      trace: trace(
        [lane(2, "thread", null, 1), lane(7, "thread", null, 6)],
        [
          { t: 0, kind: "run", lane: 2 },
          { t: 0, kind: "run", lane: 7 },
          { t: 2, kind: "finish", lane: 2 },
          { t: 2, kind: "finish", lane: 7 },
        ],
      ),
    });
    expect(model.rows.map((r) => shape(r.segments))).toEqual([["running 0-2"], ["running 0-2"]]);
  });

  it("keeps prints and event-loop blocking, and the error that ended a lane", () => {
    const model = buildTimeline({
      trace: trace(
        [lane(3, "task", null)],
        [
          { t: 0, kind: "run", lane: 3 },
          { t: 0.5, kind: "print", lane: 3, stream: "stdout", text: "start a" },
          { t: 0.5, kind: "loop-blocked", lane: 3, duration: 1, detail: "time.sleep(1)" },
          { t: 1.5, kind: "finish", lane: 3, error: "ValueError" },
        ],
      ),
    });
    expect(model.rows[0]).toMatchObject({
      prints: [{ t: 0.5, stream: "stdout", text: "start a" }],
      loopBlocks: [{ t: 0.5, duration: 1, detail: "time.sleep(1)" }],
      error: "ValueError",
    });
  });

  it("closes lanes still alive at the end of the run, which may outlast the last event", () => {
    const model = buildTimeline({
      trace: trace(
        [lane(2, "thread", null)],
        [
          { t: 0, kind: "run", lane: 2 },
          { t: 1, kind: "block", lane: 2, reason: "sleep" },
        ],
      ),
      elapsed: 4,
    });
    expect(model.end).toBe(4);
    expect(shape(model.rows[0]?.segments ?? [])).toEqual(["running 0-1", "blocked/sleep 1-4"]);
    expect(model.rows[0]?.finish).toBeNull();
  });

  it("marks the lanes a deadlock stopped, and when it happened", () => {
    const model = buildTimeline({
      trace: trace(
        [lane(2, "thread", null), lane(3, "thread", 2)],
        [
          { t: 0, kind: "run", lane: 2 },
          { t: 0, kind: "block", lane: 2, reason: "join" },
          { t: 0, kind: "run", lane: 3 },
          { t: 0.25, kind: "block", lane: 3, reason: "lock" },
        ],
      ),
      deadlock: {
        message: "Deadlock",
        waiters: [
          { lane: 2, name: "main", waitsFor: "thread-3 to finish", heldBy: null, line: null },
          { lane: 3, name: "t", waitsFor: "a Lock", heldBy: "thread-2", line: 4 },
        ],
      },
    });
    expect(model.deadlockAt).toBe(0.25);
    expect(model.rows[1]?.deadlock).toEqual({ waitsFor: "a Lock", heldBy: "thread-2" });
  });

  it("draws malformed input as well as it can: undeclared lanes, time going backwards", () => {
    const model = buildTimeline({
      trace: trace(
        [],
        [
          { t: 2, kind: "run", lane: 9 },
          { t: 1, kind: "finish", lane: 9 },
        ],
        true,
      ),
    });
    expect(model.rows[0]?.lane.name).toBe("lane 9");
    expect(model.rows[0]?.finish).toBe(2);
    expect(model.truncated).toBe(true);
  });

  it("handles 20,000 events in one pass, with contiguous segments", () => {
    const lanes = [lane(1, "process", null), ...[2, 3, 4, 5].map((id) => lane(id, "thread", 1))];
    const events: TraceEvent[] = [];
    for (let i = 0; i < 20_000; i++) events.push({ t: i / 1000, kind: "run", lane: 2 + (i % 4) });
    const model = buildTimeline({ trace: trace(lanes, events) });
    const row = model.rows[1];
    // 5,000 turns of 1 ms running, each followed by ready while the other three run.
    expect(row?.segments.length).toBe(10_000);
    for (const [i, segment] of (row?.segments ?? []).entries()) {
      const next = row?.segments[i + 1];
      if (next) expect(next.start).toBe(segment.end);
    }
  });
});
