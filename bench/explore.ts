/**
 * The race explorer's cost: the lock-counter exercise's reference solution (4 threads x 10,000
 * locked increments) explored for the budget of its "always-40000" schedules check, as the
 * checker does (src/checker/explore.ts). Used by `npm run bench` (Node) and its --browser half
 * (Chromium); the goal (< 5 s in Chromium on the 2-core machine) is the issue's.
 */
import { exploreSchedules } from "../src/checker/explore";
import type { Engine } from "../src/engine/types";
import lockCounter from "../exercises/threading/lock-counter.json";

const check = lockCounter.checks.find((c) => c.id === "always-40000");
/** Schedules the exercise's check explores. */
export const EXPLORE_BUDGET: number = (check && "count" in check ? check.count : undefined) ?? 8;

/** Explores the budget once and returns the figure's line (prefix it with the host's name). */
export async function exploreBench(engine: Engine): Promise<string> {
  const base = { code: lockCounter.solution, seed: lockCounter.run.seed };
  const t0 = performance.now();
  let steps = 0;
  for await (const s of exploreSchedules(engine, base, EXPLORE_BUDGET)) {
    if (!s.run.stdout.includes("counter = 40000"))
      throw new Error(`explored schedule ${s.seed} of the solution failed: ${s.run.stdout}`);
    steps += s.run.explore?.steps ?? 0;
  }
  const ms = performance.now() - t0;
  return (
    `race explorer: lock-counter solution (4 threads x 10,000), ${EXPLORE_BUDGET} schedules ` +
    `explored in ${(ms / 1000).toFixed(2)} s (${(ms / EXPLORE_BUDGET).toFixed(0)} ms each, ` +
    `${steps} contended points; goal < 5 s in Chromium)`
  );
}
