/**
 * What the timeline draws for a window of time: pure functions from a row's segments and marks to
 * rectangles and ticks in pixels, plus hit testing, axis ticks and zoom/pan arithmetic.
 *
 * The output is bounded by the width in pixels, not by the trace: segments narrower than a pixel
 * are pooled per pixel column and drawn as one 1-px bar of the state that filled most of it, and
 * neighbouring bars of the same kind are merged. Lookups are binary searches on the sorted arrays
 * the trace model builds, so hovering a 20,000-event trace costs microseconds.
 */
import type { BlockReason } from "../../contract/names";
import { DURATION_UNITS_EN, type DurationUnits } from "../run/duration";
import type { Segment, SegmentState } from "./trace-model";

export interface TimeWindow {
  t0: number;
  t1: number;
}

export interface Bar {
  x: number;
  width: number;
  state: SegmentState;
  reason: BlockReason | null;
}

/** Index of the first item whose key is >= t (items sorted by key); items.length if none. */
export function lowerBound<T>(items: readonly T[], t: number, key: (item: T) => number): number {
  let lo = 0;
  let hi = items.length;
  while (lo < hi) {
    const mid = (lo + hi) >>> 1;
    const item = items[mid];
    if (item !== undefined && key(item) < t) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

const keyOf = (state: SegmentState, reason: BlockReason | null) => `${state}:${reason ?? ""}`;

/** Bars for the segments visible in `window`, at most about one per pixel of `width`. */
export function visibleBars(
  segments: readonly Segment[],
  window: TimeWindow,
  width: number,
): Bar[] {
  const span = window.t1 - window.t0;
  if (span <= 0 || width <= 0) return [];
  const scale = width / span;
  const bars: Bar[] = [];
  const push = (bar: Bar) => {
    const last = bars.at(-1);
    if (
      last &&
      keyOf(last.state, last.reason) === keyOf(bar.state, bar.reason) &&
      last.x + last.width >= bar.x - 0.01
    ) {
      last.width = Math.max(last.width, bar.x + bar.width - last.x);
    } else bars.push(bar);
  };
  // The pixel column being pooled: how long each state/reason filled it.
  let column: number | null = null;
  let weights = new Map<
    string,
    { weight: number; state: SegmentState; reason: BlockReason | null }
  >();
  const flush = () => {
    if (column === null) return;
    let best: { weight: number; state: SegmentState; reason: BlockReason | null } | null = null;
    for (const entry of weights.values()) if (!best || entry.weight > best.weight) best = entry;
    if (best) push({ x: column, width: 1, state: best.state, reason: best.reason });
    column = null;
    weights = new Map();
  };
  for (let i = lowerBound(segments, window.t0, (s) => s.end); i < segments.length; i++) {
    const segment = segments[i];
    if (!segment || segment.start >= window.t1) break;
    const x0 = (Math.max(segment.start, window.t0) - window.t0) * scale;
    const x1 = (Math.min(segment.end, window.t1) - window.t0) * scale;
    if (x1 <= x0) continue;
    if (x1 - x0 >= 1) {
      flush();
      push({ x: x0, width: x1 - x0, state: segment.state, reason: segment.reason });
      continue;
    }
    const col = Math.floor(x0);
    if (column !== null && col !== column) flush();
    column = col;
    const key = keyOf(segment.state, segment.reason);
    const entry = weights.get(key) ?? { weight: 0, state: segment.state, reason: segment.reason };
    entry.weight += x1 - x0;
    weights.set(key, entry);
  }
  flush();
  return bars;
}

/** x positions (one per pixel column at most) of the marks visible in `window`; times sorted. */
export function visibleMarks<T extends { t: number }>(
  marks: readonly T[],
  window: TimeWindow,
  width: number,
): { x: number; mark: T }[] {
  const span = window.t1 - window.t0;
  if (span <= 0 || width <= 0) return [];
  const scale = width / span;
  const out: { x: number; mark: T }[] = [];
  let lastColumn = -1;
  for (let i = lowerBound(marks, window.t0, (m) => m.t); i < marks.length; i++) {
    const mark = marks[i];
    if (!mark || mark.t > window.t1) break;
    const x = (mark.t - window.t0) * scale;
    if (Math.floor(x) === lastColumn) continue;
    lastColumn = Math.floor(x);
    out.push({ x, mark });
  }
  return out;
}

/** The segment covering time t, or null. */
export function segmentAt(segments: readonly Segment[], t: number): Segment | null {
  const i = lowerBound(segments, t, (s) => s.end);
  const segment = segments[i];
  if (!segment) return null;
  // At a boundary, the segment that starts there wins (end is exclusive).
  if (segment.end === t) return segments[i + 1] ?? null;
  return segment.start <= t ? segment : null;
}

/** The mark nearest to t within `tolerance` seconds, or null. */
export function markNear<T extends { t: number }>(
  marks: readonly T[],
  t: number,
  tolerance: number,
): T | null {
  const i = lowerBound(marks, t, (m) => m.t);
  let best: T | null = null;
  for (const candidate of [marks[i - 1], marks[i]]) {
    if (!candidate || Math.abs(candidate.t - t) > tolerance) continue;
    if (!best || Math.abs(candidate.t - t) < Math.abs(best.t - t)) best = candidate;
  }
  return best;
}

/** Tick step: 1, 2 or 5 times a power of ten, giving at most `maxTicks` ticks over `span`. */
export function tickStep(span: number, maxTicks: number): number {
  if (!(span > 0) || maxTicks < 1) return 1;
  const raw = span / maxTicks;
  const power = 10 ** Math.floor(Math.log10(raw));
  for (const factor of [1, 2, 5, 10]) if (factor * power >= raw) return factor * power;
  return 10 * power;
}

/** Tick times inside the window, multiples of the step (computed by index: no float drift). */
export function ticks(window: TimeWindow, maxTicks: number): { step: number; times: number[] } {
  const step = tickStep(window.t1 - window.t0, maxTicks);
  const first = Math.ceil(window.t0 / step - 1e-9);
  const times: number[] = [];
  for (let k = first; k * step <= window.t1 + step * 1e-9; k++) {
    times.push(Number((k * step).toPrecision(12)));
  }
  return { step, times };
}

const UNITS = [
  { unit: "s", scale: 1, from: 1 },
  { unit: "ms", scale: 1e3, from: 1e-3 },
  { unit: "us", scale: 1e6, from: 0 },
] as const;

/**
 * Virtual seconds for people. The unit follows `unitOf` (for axis labels: the window's end, so
 * every label of an axis has the same unit); the decimals follow `step` when given (the distance
 * between axis ticks), else three. Unit names are the language's (`units`).
 */
export function formatTime(
  t: number,
  unitOf = Math.abs(t),
  step?: number,
  units: DurationUnits = DURATION_UNITS_EN,
): string {
  // Zero is "0 s", not "0 µs".
  const unit = unitOf === 0 ? UNITS[0] : (UNITS.find((u) => unitOf >= u.from) ?? UNITS[2]);
  const value = t * unit.scale;
  let digits = 3;
  if (step !== undefined) {
    const scaled = step * unit.scale;
    digits = scaled >= 1 ? 0 : Math.min(6, Math.ceil(-Math.log10(scaled) - 1e-9));
  }
  return `${value.toFixed(digits)} ${units[unit.unit]}`;
}

/** Smallest span a window may shrink to (zooming further shows nothing new). */
const MIN_SPAN = 1e-7;

/** The window scaled by `factor` (< 1 zooms in) around time `anchor`, kept inside [0, end]. */
export function zoom(window: TimeWindow, factor: number, anchor: number, end: number): TimeWindow {
  const full = Math.max(end, MIN_SPAN);
  const span = Math.min(full, Math.max(MIN_SPAN, (window.t1 - window.t0) * factor));
  const ratio = window.t1 > window.t0 ? (anchor - window.t0) / (window.t1 - window.t0) : 0.5;
  return clampWindow(anchor - span * ratio, span, full);
}

/** The window moved by `dt` seconds, kept inside [0, end]. */
export function pan(window: TimeWindow, dt: number, end: number): TimeWindow {
  return clampWindow(window.t0 + dt, window.t1 - window.t0, Math.max(end, MIN_SPAN));
}

function clampWindow(t0: number, span: number, end: number): TimeWindow {
  const start = Math.min(Math.max(0, t0), Math.max(0, end - span));
  return { t0: start, t1: start + span };
}
