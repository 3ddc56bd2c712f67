import { describe, expect, it } from "vitest";
import { labelWidth, MIN_LABEL_WIDTH } from "./label-width";
import type { TimelineRow } from "./trace-model";

const KINDS = { process: "process", thread: "thread", task: "task" };
const row = (name: string, kind: TimelineRow["lane"]["kind"], depth: number) =>
  ({ lane: { name, kind }, depth }) as unknown as TimelineRow;

describe("labelWidth", () => {
  it("keeps the usual width when every label fits", () => {
    const rows = [row("MainProcess", "process", 0), row("MainThread", "thread", 1)];
    expect(labelWidth(rows, KINDS, 1300)).toBe(MIN_LABEL_WIDTH);
  });

  it("widens for a long name, so CPython's thread names show whole", () => {
    const rows = [row("MainProcess", "process", 0), row("Thread-3 (_handle_results)", "thread", 1)];
    const width = labelWidth(rows, KINDS, 1300);
    expect(width).toBeGreaterThan(MIN_LABEL_WIDTH);
    // 12 indent + 6 * 7 badge + 26 * 7.4 name + 31.6 fixed.
    expect(width).toBe(Math.round(12 + 42 + 26 * 7.4 + 31.6));
  });

  it("leaves the strips most of the chart, however long the names", () => {
    const rows = [row("x".repeat(200), "task", 3)];
    expect(labelWidth(rows, KINDS, 1300)).toBe(360);
    expect(labelWidth(rows, KINDS, 800)).toBe(280);
    // Never narrower than the usual width.
    expect(labelWidth(rows, KINDS, 400)).toBe(MIN_LABEL_WIDTH);
  });
});
