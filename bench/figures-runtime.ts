/**
 * The runtime's figures in Node (owner: perf): lock hand-off, 10,000 asyncio tasks, the
 * instrumentation's cost against bare Pyodide (in a process of its own: ./instrumentation.ts), and
 * virtual seconds per real second.
 */
import { instrumentationFigures } from "./instrumentation";
import type { NodeContext } from "./node-context";
import * as P from "./programs";
import type { Benchmark, Figure } from "./table";

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
    figures.push(...instrumentationFigures());
    return figures;
  },
};
