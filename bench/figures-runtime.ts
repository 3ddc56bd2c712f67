/**
 * The runtime's figures in Node (owner: perf): lock hand-off, 10,000 asyncio tasks, the
 * instrumentation's cost against bare Pyodide, and virtual seconds per real second.
 */
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { cpuMsSince, type NodeContext, type Timed } from "./node-context";
import * as P from "./programs";
import { median, type Benchmark, type Figure } from "./table";

const KERNELS = join(import.meta.dirname, "../runtime/tests/cpu/kernels");
/** Pure-Python CPU-bound kernels of the CPU model's calibration set (no C-level built-ins). */
const CPU_BOUND = ["loop_module", "calls", "comprehensions"];

export const runtimeFigures: Benchmark<NodeContext> = {
  name: "runtime",
  owner: "perf",
  async measure(ctx): Promise<Figure[]> {
    const figures: Figure[] = [];
    const n = 2000;
    const handoff = await ctx.time(P.lockHandOff(n), 5);
    figures.push({
      id: "node.lock-handoff",
      label: "lock hand-off between two threads",
      host: "node",
      value: ((handoff.ms - ctx.emptyMs) * 1000) / (2 * n),
      unit: "us",
      goal: { max: 30 },
      note: `${n} rounds, median of 5, empty run subtracted; the goal is Chromium's`,
    });
    const tasks = await ctx.time(P.manyTasks(10_000), 3);
    figures.push({
      id: "node.asyncio-10000",
      label: "10,000 asyncio tasks gathered",
      host: "node",
      value: tasks.ms,
      unit: "ms",
      goal: { max: 500 },
      note: `median of 3, whole run; ${tasks.result.elapsed.toFixed(3)} s virtual`,
    });
    const sleepy = await ctx.time(P.sleepHeavy(50, 200), 3);
    figures.push({
      id: "node.virtual-per-real",
      label: "virtual seconds per real second, sleep-heavy",
      host: "node",
      value: sleepy.result.elapsed / (sleepy.ms / 1000),
      unit: "s/s",
      goal: { min: 500 },
      note: `50 threads x 200 naps of 0.5 s: ${sleepy.result.elapsed.toFixed(1)} s virtual, median of 3`,
    });
    figures.push(...(await instrumentation(ctx)));
    return figures;
  },
};

/**
 * The instrumented run against the same program in a bare interpreter (restored from the same
 * snapshot, no rewrite, no meter, no virtual clock), both in this session: the ratio of the
 * medians of this process's CPU time, which moves far less with the machine's load than wall
 * time (the metered runs all come before the bare ones: see below). The instrumented figure
 * excludes the fixed cost of a run (the empty run), which the engine's figures report.
 */
async function instrumentation(ctx: NodeContext): Promise<Figure[]> {
  const codes = CPU_BOUND.map((name) => readFileSync(join(KERNELS, `${name}.py`), "utf8"));
  const metered: Timed[] = [];
  for (const code of codes) metered.push(await ctx.time(code, 5));
  // After the engine's last use: a second interpreter in this process corrupts the engine's.
  const bare = await ctx.load({ snapshot: ctx.engine.snapshot });
  return CPU_BOUND.map((name, i) => {
    const quiet = `import sys, io\n_out, sys.stdout = sys.stdout, io.StringIO()\n${codes[i]!}\nsys.stdout = _out\n`;
    const cpu: number[] = [];
    const wall: number[] = [];
    // one run more than is counted: the first warms the new interpreter's code as the
    // engine's earlier runs warmed the metered one's
    for (let r = 0; r < 6; r++) {
      const globals = bare.toPy({}) as unknown;
      const c0 = process.cpuUsage();
      const t0 = performance.now();
      bare.runPython(quiet, { globals } as Parameters<typeof bare.runPython>[1]);
      if (r === 0) continue;
      wall.push(performance.now() - t0);
      cpu.push(cpuMsSince(c0));
    }
    const meteredCpu = metered[i]!.cpuMs - ctx.emptyCpuMs;
    const meteredWall = metered[i]!.ms - ctx.emptyMs;
    return {
      id: `node.instrumentation.${name}`,
      label: `instrumentation cost, ${name}.py`,
      host: "node",
      value: meteredCpu / median(cpu),
      unit: "x",
      goal: { max: 1.5 },
      note:
        `CPU ${meteredCpu.toFixed(0)} ms metered (empty run subtracted) vs ${median(cpu).toFixed(0)} ms bare, ` +
        `medians of 5; wall ${(meteredWall / median(wall)).toFixed(2)}x`,
    };
  });
}
