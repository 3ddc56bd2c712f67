/**
 * The one performance table of `npm run bench`: every figure of issue #14 with its goal beside
 * it, printed as a table and written as JSON. A figure is measured by a registered benchmark
 * (one `register` call per benchmark: the engine's run cost and start-up, the explorer's cost and
 * the others plug in the same way); the harness runs each benchmark once, and each benchmark
 * takes the median of several runs itself. Ratios are computed inside one benchmark from figures
 * taken in the same run, never from figures taken at different times.
 */

export type Host = "chromium" | "node" | "build";

/** What a figure should be: at most `max`, or at least `min` (in the figure's unit). */
export interface Goal {
  max?: number;
  min?: number;
}

export interface Figure {
  /** Stable key in the JSON. */
  id: string;
  label: string;
  host: Host;
  value: number | null;
  unit: string;
  goal?: Goal;
  /** How it was measured (runs, median or worst) or, for a goal out of reach, what bounds it. */
  note?: string;
}

/** A benchmark: measures one or more figures. `owner` is the helper who answers for it. */
export interface Benchmark<C> {
  name: string;
  owner: string;
  measure(context: C): Promise<Figure[]>;
}

/** Whether a figure meets its goal: null when it has no goal or no value. */
export function meets(f: Figure): boolean | null {
  if (!f.goal || f.value === null) return null;
  if (f.goal.max !== undefined && f.value > f.goal.max) return false;
  if (f.goal.min !== undefined && f.value < f.goal.min) return false;
  return true;
}

export function median(xs: number[]): number {
  const s = [...xs].sort((a, b) => a - b);
  const mid = Math.floor(s.length / 2);
  return s.length % 2 ? s[mid]! : (s[mid - 1]! + s[mid]!) / 2;
}

/** Runs `fn` `reps` times and returns the median of the milliseconds it took. */
export async function medianMs(reps: number, fn: () => Promise<unknown>): Promise<number> {
  const times: number[] = [];
  for (let i = 0; i < reps; i++) {
    const t0 = performance.now();
    await fn();
    times.push(performance.now() - t0);
  }
  return median(times);
}

const round = (x: number): string =>
  Math.abs(x) >= 100 ? x.toFixed(0) : Math.abs(x) >= 10 ? x.toFixed(1) : x.toFixed(2);

function goalText(goal: Goal | undefined, unit: string): string {
  if (!goal) return "";
  const parts = [];
  if (goal.max !== undefined) parts.push(`<= ${round(goal.max)} ${unit}`);
  if (goal.min !== undefined) parts.push(`>= ${round(goal.min)} ${unit}`);
  return parts.join(", ");
}

/** The table as text: figure, host, value, goal, whether met, and the note. */
export function formatTable(figures: Figure[]): string {
  const rows = figures.map((f) => {
    const ok = meets(f);
    return [
      f.label,
      f.host,
      f.value === null ? "n/a" : `${round(f.value)} ${f.unit}`,
      goalText(f.goal, f.unit),
      ok === null ? "" : ok ? "yes" : "NO",
      f.note ?? "",
    ];
  });
  const head = ["figure", "host", "value", "goal", "met", "note"];
  const widths = head.map((h, i) => Math.max(h.length, ...rows.map((r) => r[i]!.length)));
  const widthsNoNote = widths.slice(0, -1);
  const line = (r: string[]): string =>
    r
      .map((cell, i) => (i < widthsNoNote.length ? cell.padEnd(widths[i]!) : cell))
      .join("  ")
      .trimEnd();
  return [line(head), line(widths.map((w) => "-".repeat(Math.min(w, 40)))), ...rows.map(line)].join(
    "\n",
  );
}
