import { describe, expect, it } from "vitest";
import type { BlockReason } from "../../contract/names";
import { DURATION_UNITS_RU } from "../run/duration";
import type { Segment } from "./trace-model";
import {
  formatTime,
  markNear,
  pan,
  segmentAt,
  tickStep,
  ticks,
  visibleBars,
  visibleMarks,
  zoom,
} from "./viewport";

const seg = (
  start: number,
  end: number,
  state: Segment["state"],
  reason: BlockReason | null = null,
) => ({
  start,
  end,
  state,
  reason,
  detail: null,
});

describe("visibleBars", () => {
  it("maps segments in the window to pixels, clipping at the edges", () => {
    const segments = [seg(0, 1, "running"), seg(1, 3, "blocked", "sleep"), seg(3, 4, "ready")];
    expect(visibleBars(segments, { t0: 0.5, t1: 3.5 }, 300)).toEqual([
      { x: 0, width: 50, state: "running", reason: null },
      { x: 50, width: 200, state: "blocked", reason: "sleep" },
      { x: 250, width: 50, state: "ready", reason: null },
    ]);
  });

  it("pools sub-pixel segments: at most one bar per pixel, of the state that filled most of it", () => {
    // 10,000 alternating segments over 1 s, drawn 100 px wide: 100 segments per pixel.
    const segments: Segment[] = [];
    for (let i = 0; i < 10_000; i++) {
      const start = i / 10_000;
      const end = (i + 1) / 10_000;
      // running 3 parts in 4, except in the right half where it is ready 3 parts in 4.
      const mostlyRunning = start < 0.5 ? i % 4 !== 0 : i % 4 === 0;
      segments.push(seg(start, end, mostlyRunning ? "running" : "ready"));
    }
    const bars = visibleBars(segments, { t0: 0, t1: 1 }, 100);
    expect(bars.length).toBeLessThanOrEqual(2);
    expect(bars[0]).toMatchObject({ x: 0, state: "running" });
    expect(bars[0]?.width).toBeCloseTo(50, 6);
    expect(bars[1]).toMatchObject({ state: "ready" });
    expect(bars[1]?.x).toBeCloseTo(50, 6);
  });

  it("draws nothing for an empty window or no width", () => {
    expect(visibleBars([seg(0, 1, "running")], { t0: 1, t1: 1 }, 100)).toEqual([]);
    expect(visibleBars([seg(0, 1, "running")], { t0: 0, t1: 1 }, 0)).toEqual([]);
    expect(visibleBars([seg(0, 1, "running")], { t0: 2, t1: 3 }, 100)).toEqual([]);
  });
});

describe("visibleMarks", () => {
  it("keeps one mark per pixel column, inside the window", () => {
    const marks = [0, 0.001, 0.002, 0.5, 0.9, 1.5].map((t) => ({ t }));
    const visible = visibleMarks(marks, { t0: 0, t1: 1 }, 100);
    expect(visible.map((m) => m.mark.t)).toEqual([0, 0.5, 0.9]);
    expect(visible[1]?.x).toBe(50);
  });
});

describe("hit testing", () => {
  const segments = [seg(0, 1, "running"), seg(1, 3, "blocked", "lock")];

  it("finds the segment under a time; a boundary belongs to the segment starting there", () => {
    expect(segmentAt(segments, 0.5)?.state).toBe("running");
    expect(segmentAt(segments, 1)?.reason).toBe("lock");
    expect(segmentAt(segments, 3)).toBeNull();
    expect(segmentAt([seg(1, 2, "running")], 0.5)).toBeNull();
  });

  it("finds the nearest mark within the tolerance", () => {
    const marks = [{ t: 1 }, { t: 2 }, { t: 2.1 }];
    expect(markNear(marks, 2.07, 0.05)?.t).toBe(2.1);
    expect(markNear(marks, 1.5, 0.1)).toBeNull();
  });
});

describe("axis", () => {
  it("picks 1-2-5 steps", () => {
    expect(tickStep(6, 6)).toBe(1);
    expect(tickStep(6, 4)).toBe(2);
    expect(tickStep(0.003, 5)).toBeCloseTo(0.001, 12);
    expect(tickStep(70, 8)).toBe(10);
  });

  it("lists ticks inside the window without floating-point drift", () => {
    expect(ticks({ t0: 0.05, t1: 0.35 }, 3)).toEqual({ step: 0.1, times: [0.1, 0.2, 0.3] });
  });

  it("formats times in one unit per axis, with the decimals the step needs", () => {
    expect(formatTime(2.5, 6, 0.5)).toBe("2.5 s");
    expect(formatTime(3, 6, 1)).toBe("3 s");
    expect(formatTime(0.0042, 0.006, 0.001)).toBe("4 ms");
    expect(formatTime(0.000002, 0.00001, 0.000002)).toBe("2 µs");
    expect(formatTime(0.04500052)).toBe("45.001 ms");
    expect(formatTime(6.045)).toBe("6.045 s");
  });

  it("names the units in the learner's language", () => {
    expect(formatTime(3, 6, 1, DURATION_UNITS_RU)).toBe("3 с");
    expect(formatTime(0.0042, 0.006, 0.001, DURATION_UNITS_RU)).toBe("4 мс");
    expect(formatTime(0.000002, 0.00001, 0.000002, DURATION_UNITS_RU)).toBe("2 мкс");
  });
});

describe("zoom and pan", () => {
  it("zooms around an anchor, keeping it in place", () => {
    expect(zoom({ t0: 0, t1: 10 }, 0.5, 5, 10)).toEqual({ t0: 2.5, t1: 7.5 });
    expect(zoom({ t0: 0, t1: 10 }, 0.5, 0, 10)).toEqual({ t0: 0, t1: 5 });
  });

  it("never leaves [0, end] and never zooms out past it", () => {
    expect(zoom({ t0: 2, t1: 4 }, 100, 3, 10)).toEqual({ t0: 0, t1: 10 });
    expect(pan({ t0: 2, t1: 4 }, -5, 10)).toEqual({ t0: 0, t1: 2 });
    expect(pan({ t0: 2, t1: 4 }, 50, 10)).toEqual({ t0: 8, t1: 10 });
  });
});
