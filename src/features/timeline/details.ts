/**
 * What the timeline says about a point in time on one lane (shown on hover and keyboard focus),
 * and the points a keyboard user steps through. Pure: strings come in as `text`.
 */
import type { UiText } from "../i18n/ui-text";
import type { TimelineRow } from "./trace-model";
import { formatTime, lowerBound, markNear, segmentAt } from "./viewport";

export interface Details {
  title: string;
  lines: string[];
}

const MAX_PRINT_CHARS = 120;

/** Details of `row` at time `t`; prints within `tolerance` seconds count as "at" t. */
export function describeAt(
  row: TimelineRow,
  t: number,
  tolerance: number,
  text: UiText["timeline"],
): Details {
  const lines: string[] = [];
  const time = (s: number) => formatTime(s, Math.abs(s), undefined, text.units);
  if (row.deadlock) lines.push(text.deadlocked(row.deadlock.waitsFor, row.deadlock.heldBy));
  for (const block of row.loopBlocks) {
    if (t >= block.t - tolerance && t <= block.t + block.duration) {
      lines.push(
        `${text.loopBlockedFor(time(block.duration))}${block.detail ? `: ${block.detail}` : ""}`,
      );
    }
  }
  const print = markNear(row.prints, t, tolerance);
  if (print) {
    const printed =
      print.text.length > MAX_PRINT_CHARS ? `${print.text.slice(0, MAX_PRINT_CHARS)}…` : print.text;
    lines.push(`${text.printAt(time(print.t))}: ${JSON.stringify(printed)}`);
  }
  const segment = segmentAt(row.segments, t);
  if (segment) {
    const state =
      segment.state === "running"
        ? text.running
        : segment.state === "ready"
          ? text.ready
          : text.blocked(segment.reason ? text.reasons[segment.reason] : "?");
    lines.push(segment.detail ? `${state} — ${segment.detail}` : state);
    lines.push(
      text.span(time(segment.start), time(segment.end), time(segment.end - segment.start)),
    );
  } else {
    if (row.start !== null) lines.push(text.started(time(row.start)));
    if (row.finish !== null)
      lines.push(
        row.error
          ? text.finishedWith(row.error, time(row.finish))
          : text.finished(time(row.finish)),
      );
  }
  return { title: `${row.lane.name} (${text.kinds[row.lane.kind]})`, lines };
}

/** The times a keyboard user steps through on a row: segment starts, prints, loop blocks. Sorted, unique. */
export function rowStops(row: TimelineRow): number[] {
  const times = [
    ...row.segments.map((s) => s.start),
    ...row.prints.map((p) => p.t),
    ...row.loopBlocks.map((b) => b.t),
  ];
  if (times.length === 0) {
    if (row.start !== null) times.push(row.start);
    if (row.finish !== null) times.push(row.finish);
  }
  times.sort((a, b) => a - b);
  return times.filter((t, i) => i === 0 || t !== times[i - 1]);
}

/** The stop after (+1) or before (-1) time `t`, or the first/last when `t` is null. */
export function nextStop(
  stops: readonly number[],
  t: number | null,
  direction: 1 | -1,
): number | null {
  if (stops.length === 0) return null;
  if (t === null) return direction === 1 ? (stops[0] ?? null) : (stops.at(-1) ?? null);
  const i = lowerBound(stops, t, (s) => s);
  if (direction === 1) {
    const at = stops[i] === t ? i + 1 : i;
    return stops[Math.min(at, stops.length - 1)] ?? null;
  }
  return stops[Math.max(i - 1, 0)] ?? null;
}
