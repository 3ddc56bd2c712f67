/**
 * The race explorer's cost: 4 threads x 10,000 locked increments (issue #15's yardstick, the
 * size lock-counter had until its workload became 4 x 1,000) explored for the budget of
 * lock-counter's schedules check, as the checker does (src/checker/explore.ts); and the whole
 * Check of lock-counter's reference solution, whose goal is under 1 s (issue #14). Used by
 * `npm run bench` (Node) and its --browser half (Chromium).
 */
import { checkExercise } from "../src/checker/check";
import { exploreSchedules } from "../src/checker/explore";
import type { Exercise } from "../src/exercises";
import type { Engine } from "../src/engine/types";
import type { NodeContext } from "./node-context";
import { lockedCounter } from "./programs";
import type { Benchmark, Figure, Host } from "./table";
import lockCounter from "../exercises/threading/lock-counter.json";

const check = lockCounter.checks.find((c) => c.kind === "schedules");
/** The explored program: 4 threads x 10,000 increments of a locked counter. */
export const EXPLORED_PROGRAM: string = lockedCounter(4, 10_000);
/** What every explored schedule of EXPLORED_PROGRAM prints. */
export const EXPLORED_OUTPUT = "counter = 40000";
/** Schedules the exercise's check explores. */
export const EXPLORE_BUDGET: number = (check && "count" in check ? check.count : undefined) ?? 8;

/** Explores the budget once and returns the figure. */
export async function exploreBench(engine: Engine, host: Host): Promise<Figure> {
  const base = { code: EXPLORED_PROGRAM, seed: lockCounter.run.seed };
  const t0 = performance.now();
  let steps = 0;
  for await (const s of exploreSchedules(engine, base, EXPLORE_BUDGET)) {
    if (!s.run.stdout.includes(EXPLORED_OUTPUT))
      throw new Error(`explored schedule ${s.seed} of the program failed: ${s.run.stdout}`);
    steps += s.run.explore?.steps ?? 0;
  }
  const ms = performance.now() - t0;
  return {
    id: `${host}.explorer-lock-counter`,
    label: "race explorer, lock-counter's budget of 4 x 10,000",
    host,
    value: ms,
    unit: "ms",
    goal: { max: 5000 },
    note: `issue #15: under 5 s; ${EXPLORE_BUDGET} schedules of 4 threads x 10,000, ${steps} contended points; each schedule costs one plain run of the program`,
  };
}

/**
 * The whole Check of lock-counter's reference solution: its main run, the 8 schedules its two
 * outcome checks share, and the 8 explored runs of its tests, each of 4 threads x 1,000 locked
 * increments.
 */
export async function lockCounterCheckBench(engine: Engine, host: Host): Promise<Figure> {
  const exercise = lockCounter as unknown as Exercise;
  const t0 = performance.now();
  const verdict = await checkExercise(engine, exercise, lockCounter.solution);
  const ms = performance.now() - t0;
  if (!verdict.passed) throw new Error(`lock-counter's solution failed its check`);
  return {
    id: `${host}.check-lock-counter`,
    label: "Check of lock-counter (the heaviest schedules check)",
    host,
    value: ms,
    unit: "ms",
    goal: { max: 1000 },
    note: "issue #14: under 1 s; 17 runs of 4 x 1,000 locked increments (main, 8 schedules, 8 tests)",
  };
}

/** The explorer's figure in Node (owner: judge). */
export const explorerFigures: Benchmark<NodeContext> = {
  name: "explorer",
  owner: "judge",
  measure: async (ctx) => [
    await exploreBench(ctx.engine, "node"),
    await lockCounterCheckBench(ctx.engine, "node"),
  ],
};
