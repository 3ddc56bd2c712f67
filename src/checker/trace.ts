/**
 * Facts read from a run's trace (see TraceEvent in src/engine/types.ts): peak concurrency,
 * lanes created, event-loop blocking. Pure; events are taken in trace order, which is the
 * order things happened, so two lanes meeting at the same instant are not counted together
 * unless they really overlapped.
 */
import type { Lane, Trace } from "../engine/types";

export type LaneKind = Lane["kind"];

export interface Peak {
  /** Largest number of lanes counted at once. */
  peak: number;
  /** Virtual time it was first reached (null when never above 0). */
  at: number | null;
}

/**
 * The largest number of `kind` lanes that had started and not finished at the same moment; with
 * `reasons`, only those blocked for one of those reasons (a block lasts until the lane's next
 * wake, run or finish).
 */
export function peakConcurrency(trace: Trace, kind: LaneKind, reasons?: readonly string[]): Peak {
  const kinds = new Map(trace.lanes.map((lane) => [lane.id, lane.kind]));
  const alive = new Set<number>();
  const blockedFor = new Map<number, string>();
  let count = 0;
  const counted = (lane: number) =>
    alive.has(lane) && (reasons === undefined || reasons.includes(blockedFor.get(lane) ?? ""));
  let best: Peak = { peak: 0, at: null };
  for (const event of trace.events) {
    if (kinds.get(event.lane) !== kind) continue;
    const before = counted(event.lane);
    switch (event.kind) {
      case "start":
        alive.add(event.lane);
        break;
      case "finish":
        alive.delete(event.lane);
        blockedFor.delete(event.lane);
        break;
      case "block":
        blockedFor.set(event.lane, event.reason);
        break;
      case "wake":
      case "run":
        blockedFor.delete(event.lane);
        break;
      default:
        break;
    }
    count += Number(counted(event.lane)) - Number(before);
    if (count > best.peak) best = { peak: count, at: event.t };
  }
  return best;
}

/**
 * Lanes of `kind` the program created: those whose parent lane is of the same kind. That leaves
 * out the main process, each process's main thread and the task `asyncio.run` starts.
 */
export function createdCount(trace: Trace, kind: LaneKind): number {
  const kinds = new Map(trace.lanes.map((lane) => [lane.id, lane.kind]));
  return trace.lanes.filter(
    (lane) => lane.kind === kind && lane.parent !== null && kinds.get(lane.parent) === kind,
  ).length;
}

export interface LoopBlocking {
  /** How many times a task held the loop without awaiting. */
  count: number;
  /** The longest such stretch, in virtual seconds (0 when none). */
  longest: number;
  total: number;
  /** When the longest began, and what blocked it, when known. */
  at: number | null;
  detail: string | null;
}

/** Summary of `loop-blocked` events longer than `threshold` seconds. */
export function loopBlocking(trace: Trace, threshold = 0): LoopBlocking {
  const out: LoopBlocking = { count: 0, longest: 0, total: 0, at: null, detail: null };
  for (const event of trace.events) {
    if (event.kind !== "loop-blocked" || event.duration <= threshold) continue;
    out.count += 1;
    out.total += event.duration;
    if (event.duration > out.longest) {
      out.longest = event.duration;
      out.at = event.t;
      out.detail = event.detail ?? null;
    }
  }
  return out;
}
