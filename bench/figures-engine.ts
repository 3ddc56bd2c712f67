/**
 * The engine's figures in Node (owner: engine): start-up (the engine's, and the CLI's as a user
 * meets it), a fresh interpreter per run, the cost of an empty run, and the fixed cost a threading
 * or multiprocessing program pays per run.
 */
import { spawnSync } from "node:child_process";
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { cpus, loadavg, tmpdir } from "node:os";
import { join } from "node:path";
import { freshInterpreterCost } from "./interpreters";
import { nodeContext, type NodeContext } from "./node-context";
import * as P from "./programs";
import { median, type Benchmark, type Figure } from "./table";

const LAUNCH = join(import.meta.dirname, "../cli/launch.mjs");

/**
 * CPU seconds of this process's children that have ended (Linux: cutime + cstime of
 * /proc/self/stat, in clock ticks of 10 ms), or null elsewhere.
 */
function childCpuMs(): number | null {
  try {
    const stat = readFileSync("/proc/self/stat", "utf8");
    const fields = stat.slice(stat.lastIndexOf(")") + 2).split(" ");
    return (Number(fields[13]) + Number(fields[14])) * 10; // fields 16 and 17 of proc(5)
  } catch {
    return null;
  }
}

/**
 * `npm run -s interleave -- run hello.py` as a user runs it, start to exit: Node with JSPI, the
 * CLI's kept bundle (cli/launch.mjs), the engine restored from the kept snapshot, one run. A new
 * user's first command is one of these: `npm install` made the bundle and the snapshot
 * (postinstall, cli/commands/prepare.ts). One invocation first, not counted, makes them if the
 * sources changed since they were kept. On a shared machine the wall time follows the load; the
 * CPU time it took (both Node processes) is reported beside it.
 */
function cliStart(reps: number): { ms: number; cpuMs: number | null } {
  const dir = mkdtempSync(join(tmpdir(), "interleave-bench-"));
  const file = join(dir, "hello.py");
  writeFileSync(file, "print(1)\n");
  try {
    const walls: number[] = [];
    const cpus: number[] = [];
    for (let i = 0; i <= reps; i++) {
      const cpu0 = childCpuMs();
      const t0 = performance.now();
      // as package.json's script starts it (npm's own start is not counted)
      const args = ["--experimental-wasm-stack-switching", LAUNCH, "run", file];
      const r = spawnSync(process.execPath, args, { encoding: "utf8" });
      const wall = performance.now() - t0;
      const cpu1 = childCpuMs();
      if (r.status !== 0 || r.stdout !== "1\n") throw new Error(`the CLI failed: ${r.stderr}`);
      if (i === 0) continue;
      walls.push(wall);
      if (cpu0 !== null && cpu1 !== null) cpus.push(cpu1 - cpu0);
    }
    return { ms: median(walls), cpuMs: cpus.length ? median(cpus) : null };
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

export const engineFigures: Benchmark<NodeContext> = {
  name: "engine",
  owner: "engine",
  async measure(): Promise<Figure[]> {
    const cli = cliStart(3); // first: its own processes, before this one loads another engine
    const load = loadavg()[0]!;
    const own = await nodeContext(); // a new engine: the start-up is measured here
    const threads = await own.time(P.smallThreads(), 5);
    const procs = await own.time(P.smallProcesses(), 5);
    // last: it restores interpreters of its own beside the engine's
    const restore = await freshInterpreterCost(own.load, own.engine, own.files);
    return [
      {
        id: "node.engine-start",
        label: "engine start without a kept snapshot (load, warm-up, snapshot)",
        host: "node",
        value: own.startMs,
        unit: "ms",
        note:
          "paid by `npm install` (postinstall: `interleave prepare`), and by the first command " +
          "after a change of the runtime's files; every other start restores the kept snapshot",
      },
      {
        id: "node.cli-start",
        label: "CLI start: `interleave run hello.py`, start to exit",
        host: "node",
        value: cli.ms,
        unit: "ms",
        goal: { max: 2000 },
        note:
          `median of 3 (wall), ${cli.cpuMs === null ? "" : `${cli.cpuMs.toFixed(0)} ms of CPU, `}` +
          `load average ${load.toFixed(1)} on ${cpus().length} cores: from the kept bundle and snapshot`,
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
