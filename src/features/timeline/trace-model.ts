/**
 * Turns a run's trace (src/engine/types.ts) into what the timeline draws: one row per lane
 * (processes, threads, tasks, nested by parent), each with contiguous segments saying whether the
 * lane was running, ready (runnable, waiting for its turn) or blocked (and why), plus its prints
 * and the stretches where it held the asyncio event loop.
 *
 * Pure and deterministic; one pass over the events, so it is computed once per trace (20,000
 * events take a few milliseconds). The trace says when a lane gets the CPU ("run") but not when
 * another loses it, so that is inferred: threads of one process share one GIL, and tasks share
 * their thread's event loop, so a "run" makes the lane that was running in the same group ready.
 * Processes run side by side. Malformed input (unknown lanes, time going backwards) is drawn as
 * well as it can be, never thrown on.
 */
import { BLOCK_REASONS, type BlockReason } from "../../contract/names";
import type { DeadlockReport, Lane, Trace } from "../../engine/types";

export type SegmentState = "running" | "ready" | "blocked";

export interface Segment {
  start: number;
  end: number;
  state: SegmentState;
  /** Why it was blocked ("sleep", "lock", ...), for blocked segments. */
  reason: BlockReason | null;
  /** On what, e.g. "Lock at line 12" or "asyncio.sleep(1)". */
  detail: string | null;
}

export interface PrintMark {
  t: number;
  stream: "stdout" | "stderr";
  text: string;
}

export interface LoopBlock {
  t: number;
  duration: number;
  detail: string | null;
}

/** An access to shared data of a replayed schedule, drawn on its thread's lane. */
export interface AccessMark {
  lane: number;
  t: number;
  /** One of the racing accesses the explanation names. */
  conflict: boolean;
  /** The replay's current step. */
  current: boolean;
}

export interface TimelineRow {
  lane: Lane;
  /** Nesting depth in the lane tree (0 for a root). */
  depth: number;
  /** Sorted by start; they never overlap. Empty for a process (its threads carry the detail). */
  segments: Segment[];
  prints: PrintMark[];
  loopBlocks: LoopBlock[];
  /** When the lane started and finished; a process spans its own lanes. Null when unknown. */
  start: number | null;
  finish: number | null;
  /** The exception that ended the lane, if any. */
  error: string | null;
  /** Set for the lanes a deadlock stopped. */
  deadlock: { waitsFor: string; heldBy: string | null } | null;
  /** A replayed schedule's accesses on this lane, by time (empty outside a replay). */
  accesses: AccessMark[];
}

export interface TimelineModel {
  rows: TimelineRow[];
  /** Virtual time the run ended (the right edge of the axis). */
  end: number;
  /** When the deadlock happened (the last block of a deadlocked lane), or null. */
  deadlockAt: number | null;
  /** The block reasons present, in the contract's order (the legend's). */
  reasons: BlockReason[];
  truncated: boolean;
  eventCount: number;
}

interface LaneState {
  state: SegmentState | "none" | "done";
  since: number;
  reason: BlockReason | null;
  detail: string | null;
}

/**
 * The row a lane is drawn under. Processes are roots: each process is a group holding its own
 * lanes. A thread or task started by a lane of another process (the main thread of a pool
 * worker, created by the parent's MainThread) goes under its own process instead, so every
 * "MainThread" sits in the process it belongs to.
 */
function treeParent(lane: Lane, byId: ReadonlyMap<number, Lane>): number | null {
  if (lane.kind === "process") return null;
  const parent = lane.parent === null ? undefined : byId.get(lane.parent);
  if (parent && parent.process === lane.process) return parent.id;
  const process = byId.get(lane.process);
  return process && process.id !== lane.id ? process.id : (parent?.id ?? null);
}

/** Rows in tree order: each lane after its parent, siblings by id; a cycle or orphan becomes a root. */
function orderRows(lanes: readonly Lane[]): { lane: Lane; depth: number }[] {
  const byId = new Map(lanes.map((lane) => [lane.id, lane]));
  const children = new Map<number | null, Lane[]>();
  for (const lane of lanes) {
    const parent = treeParent(lane, byId);
    const siblings = children.get(parent) ?? [];
    siblings.push(lane);
    children.set(parent, siblings);
  }
  for (const siblings of children.values()) siblings.sort((a, b) => a.id - b.id);
  const out: { lane: Lane; depth: number }[] = [];
  const seen = new Set<number>();
  // Iterative depth-first walk: deep task trees must not overflow the stack.
  const visit = (root: Lane) => {
    const stack: { lane: Lane; depth: number }[] = [{ lane: root, depth: 0 }];
    while (stack.length > 0) {
      const item = stack.pop();
      if (!item || seen.has(item.lane.id)) continue;
      seen.add(item.lane.id);
      out.push(item);
      const kids = children.get(item.lane.id) ?? [];
      for (let i = kids.length - 1; i >= 0; i--) {
        const kid = kids[i];
        if (kid) stack.push({ lane: kid, depth: item.depth + 1 });
      }
    }
  };
  for (const root of children.get(null) ?? []) visit(root);
  // Lanes only reachable through a cycle of parents.
  for (const lane of [...lanes].sort((a, b) => a.id - b.id)) if (!seen.has(lane.id)) visit(lane);
  return out;
}

/** The group whose lanes take turns: a process's threads (the GIL) or a thread's tasks (its loop). */
function cpuGroups(lanes: ReadonlyMap<number, Lane>): Map<number, string> {
  const groups = new Map<number, string>();
  const loopOwner = (lane: Lane): string => {
    const seen = new Set<number>();
    let current: Lane | undefined = lane;
    while (current && !seen.has(current.id)) {
      if (current.kind === "thread") return `loop:${current.id}`;
      seen.add(current.id);
      current = current.parent === null ? undefined : lanes.get(current.parent);
    }
    return `loop:process:${lane.process}`;
  };
  for (const lane of lanes.values()) {
    groups.set(
      lane.id,
      lane.kind === "thread"
        ? `gil:${lane.process}`
        : lane.kind === "task"
          ? loopOwner(lane)
          : `process:${lane.id}`,
    );
  }
  return groups;
}

export interface TimelineInput {
  trace: Trace;
  /** The run's virtual duration; the axis reaches at least this far. */
  elapsed?: number;
  deadlock?: DeadlockReport | null;
  /** A replayed schedule's accesses (its conflict marked), put on their lanes. */
  accesses?: readonly AccessMark[];
}

export function buildTimeline({
  trace,
  elapsed = 0,
  deadlock = null,
  accesses = [],
}: TimelineInput): TimelineModel {
  const lanes = new Map<number, Lane>(trace.lanes.map((lane) => [lane.id, lane]));
  // Events of lanes the trace never declared still get a row.
  for (const event of trace.events) {
    if (!lanes.has(event.lane)) {
      lanes.set(event.lane, {
        id: event.lane,
        kind: "thread",
        name: `lane ${event.lane}`,
        parent: null,
        process: event.lane,
      });
    }
  }
  const ordered = orderRows([...lanes.values()]);
  const rows = new Map<number, TimelineRow>();
  for (const { lane, depth } of ordered) {
    rows.set(lane.id, {
      lane,
      depth,
      segments: [],
      prints: [],
      loopBlocks: [],
      start: null,
      finish: null,
      error: null,
      deadlock: null,
      accesses: [],
    });
  }
  const groups = cpuGroups(lanes);
  const states = new Map<number, LaneState>();
  const running = new Map<string, number>();
  const reasons = new Set<BlockReason>();
  const lastBlock = new Map<number, number>();
  let now = 0;

  const stateOf = (id: number): LaneState => {
    let state = states.get(id);
    if (!state) {
      state = { state: "none", since: 0, reason: null, detail: null };
      states.set(id, state);
    }
    return state;
  };

  /** Ends the lane's current segment at `t` and enters `next`. */
  const enter = (
    id: number,
    t: number,
    next: LaneState["state"],
    reason: BlockReason | null = null,
    detail: string | null = null,
  ) => {
    const current = stateOf(id);
    const row = rows.get(id);
    if (row && current.state !== "none" && current.state !== "done" && t > current.since) {
      const last = row.segments.at(-1);
      const same =
        last &&
        last.end === current.since &&
        last.state === current.state &&
        last.reason === current.reason &&
        last.detail === current.detail;
      if (same) last.end = t;
      else
        row.segments.push({
          start: current.since,
          end: t,
          state: current.state,
          reason: current.reason,
          detail: current.detail,
        });
    }
    if (row && current.state === "none" && next !== "none" && row.start === null) row.start = t;
    const group = groups.get(id) ?? "";
    if (running.get(group) === id && next !== "running") running.delete(group);
    states.set(id, { state: next, since: t, reason, detail });
  };

  for (const event of trace.events) {
    // Time never goes backwards in a well-formed trace; clamp rather than draw negative widths.
    const t = Math.max(now, Number.isFinite(event.t) ? event.t : now);
    now = t;
    const id = event.lane;
    const row = rows.get(id);
    if (!row) continue;
    const current = stateOf(id);
    // A lane seen before its "start" is taken as started then.
    if (current.state === "none" && event.kind !== "start" && event.kind !== "print")
      enter(id, t, "ready");
    switch (event.kind) {
      case "start":
        if (current.state === "none") enter(id, t, "ready");
        break;
      case "run": {
        const group = groups.get(id) ?? "";
        const holder = running.get(group);
        if (holder !== undefined && holder !== id && stateOf(holder).state === "running")
          enter(holder, t, "ready");
        enter(id, t, "running");
        running.set(group, id);
        break;
      }
      case "block":
        reasons.add(event.reason);
        lastBlock.set(id, t);
        enter(id, t, "blocked", event.reason, event.detail ?? null);
        break;
      case "wake":
        if (current.state !== "running") enter(id, t, "ready");
        break;
      case "finish":
        enter(id, t, "done");
        row.finish = t;
        row.error = event.error ?? null;
        break;
      case "print":
        row.prints.push({ t, stream: event.stream, text: event.text });
        break;
      case "loop-blocked":
        row.loopBlocks.push({
          t,
          duration: Math.max(0, event.duration),
          detail: event.detail ?? null,
        });
        break;
    }
  }

  const end = Math.max(now, Number.isFinite(elapsed) ? elapsed : 0);
  for (const id of rows.keys()) {
    const state = stateOf(id);
    if (state.state !== "none" && state.state !== "done") enter(id, end, "done");
  }

  let deadlockAt: number | null = null;
  for (const waiter of deadlock?.waiters ?? []) {
    const row = rows.get(waiter.lane);
    if (!row) continue;
    row.deadlock = { waitsFor: waiter.waitsFor, heldBy: waiter.heldBy };
    const at = lastBlock.get(waiter.lane) ?? end;
    deadlockAt = deadlockAt === null ? at : Math.max(deadlockAt, at);
  }
  if (deadlock && deadlockAt === null) deadlockAt = end;
  for (const access of accesses) rows.get(access.lane)?.accesses.push(access);

  const result = ordered.map(({ lane }) => rows.get(lane.id)).filter((r) => r !== undefined);
  spanProcesses(result);
  return {
    rows: result,
    end,
    deadlockAt,
    reasons: BLOCK_REASONS.filter((r) => reasons.has(r)),
    truncated: trace.truncated,
    eventCount: trace.events.length,
  };
}

/** A process row spans from the first start to the last finish of its lanes. */
function spanProcesses(rows: readonly TimelineRow[]): void {
  const spans = new Map<number, { start: number; finish: number }>();
  for (const row of rows) {
    if (row.lane.kind === "process" || row.start === null) continue;
    const span = spans.get(row.lane.process);
    const finish = row.finish ?? row.segments.at(-1)?.end ?? row.start;
    if (!span) spans.set(row.lane.process, { start: row.start, finish });
    else {
      span.start = Math.min(span.start, row.start);
      span.finish = Math.max(span.finish, finish);
    }
  }
  for (const row of rows) {
    if (row.lane.kind !== "process") continue;
    const span = spans.get(row.lane.id);
    if (!span) continue;
    row.start ??= span.start;
    row.finish ??= span.finish;
  }
}
