/**
 * The engine's figures in Node (owner: engine): start-up, a fresh interpreter per run, the cost
 * of an empty run, and the fixed cost a threading or multiprocessing program pays per run.
 */
import { freshInterpreterCost } from "./interpreters";
import { nodeContext, type NodeContext } from "./node-context";
import * as P from "./programs";
import type { Benchmark, Figure } from "./table";

export const engineFigures: Benchmark<NodeContext> = {
  name: "engine",
  owner: "engine",
  async measure(): Promise<Figure[]> {
    const own = await nodeContext(); // a new engine: the start-up is measured here
    const threads = await own.time(P.smallThreads(), 5);
    const procs = await own.time(P.smallProcesses(), 5);
    // last: it restores interpreters of its own beside the engine's
    const restore = await freshInterpreterCost(own.load, own.engine, own.files);
    return [
      {
        id: "node.engine-start",
        label: "engine start (load, warm-up, snapshot)",
        host: "node",
        value: own.startMs,
        unit: "ms",
        goal: { max: 2000 },
        note: "once per process; the CLI pays it per invocation",
      },
      {
        id: "node.reset-interpreter",
        label: "interpreter reset in place after a run",
        host: "node",
        value: restore.resetMs,
        unit: "ms",
        note: `median of ${restore.reps * 3}`,
      },
      {
        id: "node.restore-interpreter",
        label: "new interpreter after a crash (restore + seal)",
        host: "node",
        value: restore.restoreMs,
        unit: "ms",
        note: `snapshot ${restore.mb.toFixed(0)} MB, median of ${restore.reps}`,
      },
      {
        id: "node.empty-run",
        label: "empty run (print nothing)",
        host: "node",
        value: own.emptyMs,
        unit: "ms",
        note: "median of 5",
      },
      {
        id: "node.fixed-threads",
        label: "fixed cost of a threading program per run",
        host: "node",
        value: threads.ms,
        unit: "ms",
        goal: { max: 50 },
        note: "the whole run of 2 threads sharing a lock (negligible work): median of 5",
      },
      {
        id: "node.fixed-processes",
        label: "fixed cost of a multiprocessing program per run",
        host: "node",
        value: procs.ms,
        unit: "ms",
        goal: { max: 50 },
        note: "the whole run of 2 processes and a queue (negligible work): median of 5",
      },
    ];
  },
};
