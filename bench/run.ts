/**
 * `npm run bench`: the runtime's performance figures, in Node (Pyodide with JSPI).
 *
 * Prints one line per figure. Timings are wall-clock and noisy on a shared machine, so each
 * figure is the best of a few repetitions, and comparisons are ratios within one run.
 * Browser figures (Chromium) come from `npm run bench -- --browser` when a build exists.
 */
import { performance } from "node:perf_hooks";
import { createEngine } from "../src/engine/engine";
import { nodeLoader, readRuntimeFiles } from "../src/engine/node";
import { freshInterpreterCost } from "./interpreters";
import type { Engine, RunResult } from "../src/engine/types";
import * as P from "./programs";

async function best(
  engine: Engine,
  code: string,
  reps = 3,
): Promise<{ ms: number; result: RunResult }> {
  let ms = Infinity;
  let result: RunResult | undefined;
  for (let i = 0; i < reps; i++) {
    const t0 = performance.now();
    // the sleep-heavy program runs longer than the request default allows a learner's program
    result = await engine.run({ code, virtualTimeLimit: 3600 });
    ms = Math.min(ms, performance.now() - t0);
    if (result.exitCode !== 0) throw new Error(`benchmark program failed: ${result.stderr}`);
  }
  return { ms, result: result! };
}

const fmt = (x: number, digits = 1): string => x.toFixed(digits);

async function main(): Promise<void> {
  const t0 = performance.now();
  const load = await nodeLoader();
  const files = readRuntimeFiles();
  const engine = await createEngine(load, files);
  console.log(
    `engine start (Pyodide load + runtime warm-up + memory snapshot): ${fmt(performance.now() - t0, 0)} ms`,
  );
  console.log(await freshInterpreterCost(load, engine, files));
  const empty = await best(engine, "pass", 5);
  console.log(`empty run: ${fmt(empty.ms)} ms`);

  const n = 2000;
  const handoff = await best(engine, P.lockHandOff(n));
  const switches = handoff.result.trace.events.filter((e) => e.kind === "run").length;
  console.log(
    `lock hand-off between two threads: ${fmt(((handoff.ms - empty.ms) * 1000) / (2 * n))} us per hand-off ` +
      `(${switches} dispatches; goal <= 50 us in Chromium)`,
  );

  const tasks = await best(engine, P.manyTasks(10_000), 2);
  console.log(
    `10,000 asyncio tasks gathered: ${fmt(tasks.ms, 0)} ms real, ${fmt(tasks.result.elapsed, 3)} s virtual`,
  );

  const iters = 1_000_000;
  const alone = await best(engine, P.loopAlone(iters), 2);
  const contended = await best(engine, P.loopContended(iters), 2);
  const perIterAlone = (alone.ms - empty.ms) / iters;
  const perIterContended = (contended.ms - empty.ms) / (2 * iters);
  console.log(
    `1,000,000-iteration loop: ${fmt(alone.ms, 0)} ms alone; with preemption active ` +
      `${fmt(perIterContended * 1e6, 3)} ns/iter vs ${fmt(perIterAlone * 1e6, 3)} ns/iter ` +
      `= ${fmt(perIterContended / perIterAlone, 2)}x (goal <= 3x)`,
  );

  const pool = await best(engine, P.poolMap(1000), 2);
  console.log(`Pool.map of 1,000 small tasks (4 workers): ${fmt(pool.ms, 0)} ms real`);

  const starts = 20;
  const started = await best(engine, P.processStarts(starts), 2);
  console.log(`process start + join: ${fmt((started.ms - empty.ms) / starts, 1)} ms real each`);

  const sleepy = await best(engine, P.sleepHeavy(50, 200), 2);
  console.log(
    `sleep-heavy program (50 threads x 200 naps): ${fmt(sleepy.result.elapsed, 1)} virtual s in ` +
      `${fmt(sleepy.ms, 0)} ms = ${fmt(sleepy.result.elapsed / (sleepy.ms / 1000), 0)} virtual s per real s`,
  );
}

const run = process.argv.includes("--browser")
  ? import("./browser").then((m) => m.browserBench())
  : main();

run.then(
  () => process.exit(0),
  (e: unknown) => {
    console.error(e);
    process.exit(1);
  },
);
