/**
 * What Check costs per course exercise, in Node (owner: checkcost, issue #14 item 2): every
 * interpreter run (and `invoke`) the checker makes for the exercise's reference solution, sorted
 * by what it serves, with the virtual seconds each run simulates and the real time it takes. The
 * checker names each call's purpose and the checks it serves (`CheckOptions.onStep`). The
 * fixed cost of a run (the empty run, `ctx.emptyMs`: world, rewrite, reset) times the number of
 * runs against the time the runs simulate says whether an exercise is slow because it runs often
 * or because what it runs is slow. Written to `test-results/check-runs.json` per exercise; the
 * table gets the course's totals.
 */
import { mkdirSync, writeFileSync } from "node:fs";
import { dirname, join } from "node:path";
import { checkExercise } from "../src/checker";
import type { CheckStep, StepPurpose } from "../src/checker/steps";
import type { Engine } from "../src/engine/types";
import { loadPack, localize } from "../src/exercises";
import { DEFAULT_PACK_DIR, readPackFiles } from "../src/exercises/node";
import type { NodeContext } from "./node-context";
import { median, type Benchmark, type Figure } from "./table";

/** What a run served (the checker says, `CheckOptions.onStep`): the main run (output, timing,
 * trace and code checks read it), a tests check's run, an explored or seeded schedule, the
 * recorded replay of a failing one, or the code analysis (an `invoke`). */
export type RunPurpose = StepPurpose;

export interface RunCost {
  purpose: RunPurpose;
  /** The checks the run served (ids, or kinds for checks without one). */
  checks: string[];
  /** Virtual seconds the run simulated (0 for the analysis). */
  virtual: number;
  ms: number;
  /** Whether the same request ran before in this check (a run that could have been shared). */
  repeated: boolean;
}

export interface ExerciseCost {
  id: string;
  passed: boolean;
  ms: number;
  /** CPU time of this process over the check (user + system): at a load of 10-20 on two cores
   * wall time moves 2-4x between identical checks, CPU time by 10-20 %. */
  cpuMs: number;
  runs: RunCost[];
}

/** `engine`, with every run and invoke it makes appended to `runs`, labelled with the step the
 * checker last announced. */
function counting(
  engine: Engine,
  runs: RunCost[],
): { engine: Engine; onStep: (s: CheckStep) => void } {
  const seen = new Set<string>();
  let step: CheckStep = { purpose: "main", checks: [] };
  return {
    onStep: (next) => {
      step = next;
    },
    engine: {
      stackSwitching: engine.stackSwitching,
      pythonVersion: engine.pythonVersion,
      async run(request, onEvent) {
        const { purpose, checks } = step;
        const key = JSON.stringify(request);
        const repeated = seen.has(key);
        seen.add(key);
        const t0 = performance.now();
        const result = await engine.run(request, onEvent);
        const ms = performance.now() - t0;
        runs.push({ purpose, checks, virtual: result.elapsed, ms, repeated });
        return result;
      },
      async invoke(module, func, payload) {
        const { purpose, checks } = step;
        const t0 = performance.now();
        const result = await engine.invoke(module, func, payload);
        runs.push({ purpose, checks, virtual: 0, ms: performance.now() - t0, repeated: false });
        return result;
      },
    },
  };
}

/** Checks every course exercise's reference solution once, recording its runs. */
export async function courseCosts(
  engine: Engine,
  only: (id: string) => boolean = () => true,
): Promise<ExerciseCost[]> {
  const pack = loadPack(readPackFiles(DEFAULT_PACK_DIR));
  const costs: ExerciseCost[] = [];
  for (const exercise of pack.exercises.filter((e) => only(e.id))) {
    const runs: RunCost[] = [];
    const counted = counting(engine, runs);
    const t0 = performance.now();
    const cpu0 = process.cpuUsage();
    const verdict = await checkExercise(
      counted.engine,
      exercise,
      localize(exercise.solution, "en"),
      {
        onStep: counted.onStep,
      },
    );
    const ms = performance.now() - t0;
    const cpu = process.cpuUsage(cpu0);
    const cpuMs = (cpu.user + cpu.system) / 1000;
    costs.push({ id: exercise.id, passed: verdict.passed, ms, cpuMs, runs });
  }
  return costs;
}

const sum = (xs: number[]): number => xs.reduce((a, b) => a + b, 0);

/** One line per exercise: runs by purpose and the checks they served, virtual seconds, real
 * time. */
export function describe(cost: ExerciseCost): string {
  const by = new Map<string, RunCost[]>();
  for (const run of cost.runs) {
    const key = `${run.purpose} [${run.checks.join(",")}]`;
    by.set(key, [...(by.get(key) ?? []), run]);
  }
  const parts = [...by].map(([purpose, runs]) => {
    const repeated = runs.filter((r) => r.repeated).length;
    const again = repeated > 0 ? ` (${repeated} repeated)` : "";
    return `${purpose} ${runs.length}x${again} ${sum(runs.map((r) => r.virtual)).toFixed(1)} s virtual in ${sum(runs.map((r) => r.ms)).toFixed(0)} ms`;
  });
  const head = `${cost.id}${cost.passed ? "" : " (FAILED)"} ${cost.ms.toFixed(0)} ms (${cost.cpuMs.toFixed(0)} ms CPU)`;
  return `${head}: ${parts.join(", ")}`;
}

export const checkRunFigures: Benchmark<NodeContext> = {
  name: "check-runs",
  owner: "checkcost",
  async measure(ctx): Promise<Figure[]> {
    const costs = await courseCosts(ctx.engine);
    const at = join(import.meta.dirname, "../test-results/check-runs.json");
    mkdirSync(dirname(at), { recursive: true });
    writeFileSync(at, JSON.stringify({ emptyRunMs: ctx.emptyMs, exercises: costs }, null, 1));
    for (const cost of costs) console.error(describe(cost));
    const runs = costs.map((c) => c.runs.filter((r) => r.purpose !== "analysis").length);
    const worst = costs.reduce((a, b) => (b.ms > a.ms ? b : a));
    const worstCpu = costs.reduce((a, b) => (b.cpuMs > a.cpuMs ? b : a));
    const fixedShare =
      (ctx.emptyMs * sum(runs)) / sum(costs.flatMap((c) => c.runs.map((r) => r.ms)));
    return [
      {
        id: "node.check-median",
        label: `Check in Node, median of ${costs.length} exercises`,
        host: "node",
        value: median(costs.map((c) => c.ms)),
        unit: "ms",
        note: `${median(runs)} runs median, ${Math.max(...runs)} most; per exercise in test-results/check-runs.json`,
      },
      {
        id: "node.check-worst",
        label: "Check in Node, worst exercise",
        host: "node",
        value: worst.ms,
        unit: "ms",
        note: describe(worst),
      },
      {
        id: "node.check-worst-cpu",
        label: "Check in Node, worst exercise by CPU time of the process",
        host: "node",
        value: worstCpu.cpuMs,
        unit: "ms",
        note: `${worstCpu.id}; median ${median(costs.map((c) => c.cpuMs)).toFixed(0)} ms CPU over the course`,
      },
      {
        id: "node.check-fixed-share",
        label: "Check in Node, share of run time that is the fixed cost per run",
        host: "node",
        value: fixedShare * 100,
        unit: "%",
        note: `${sum(runs)} runs over the course x ${ctx.emptyMs.toFixed(0)} ms empty run`,
      },
    ];
  },
};
