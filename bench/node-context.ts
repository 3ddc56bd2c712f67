/**
 * What the Node benchmarks share: one engine (Pyodide in Node with JSPI) started once, and the
 * cost of an empty run measured in the same session, which per-operation figures subtract.
 */
import { createEngine, type SnapshotEngine } from "../src/engine/engine";
import { nodeLoader, readRuntimeFiles } from "../src/engine/node";
import type { PyodideLoader } from "../src/engine/interpreter";
import type { RunRequest, RunResult } from "../src/engine/types";
import { median, medianMs } from "./table";

export interface NodeContext {
  load: PyodideLoader;
  files: Record<string, string>;
  engine: SnapshotEngine;
  /** Milliseconds from the start of loading to an engine ready to run. */
  startMs: number;
  /** Median milliseconds of running `pass`. */
  emptyMs: number;
  /** Median CPU milliseconds of this process running `pass`. */
  emptyCpuMs: number;
  /** Runs a program that must succeed; the median milliseconds of `reps` runs and a result. */
  time(code: string, reps: number, extra?: Partial<RunRequest>): Promise<Timed>;
}

export interface Timed {
  ms: number;
  /** Median CPU milliseconds of this process (user and system) per run: on a shared machine a
   * ratio of CPU times moves far less with the load than one of wall times. */
  cpuMs: number;
  result: RunResult;
}

export async function nodeContext(): Promise<NodeContext> {
  const t0 = performance.now();
  const load = await nodeLoader();
  const files = readRuntimeFiles();
  const engine = await createEngine(load, files);
  const startMs = performance.now() - t0;
  const time = async (code: string, reps: number, extra: Partial<RunRequest> = {}) => {
    let result: RunResult | undefined;
    const cpu: number[] = [];
    const ms = await medianMs(reps, async () => {
      const c0 = process.cpuUsage();
      // the sleep-heavy program runs longer than the request default allows a learner's program
      result = await engine.run({ code, virtualTimeLimit: 3600, ...extra });
      cpu.push(cpuMsSince(c0));
      if (result.exitCode !== 0) throw new Error(`benchmark program failed: ${result.stderr}`);
    });
    return { ms, cpuMs: median(cpu), result: result! };
  };
  const empty = await time("pass", 5);
  return { load, files, engine, startMs, emptyMs: empty.ms, emptyCpuMs: empty.cpuMs, time };
}

/** CPU milliseconds (user and system) this process spent since `start`. */
export function cpuMsSince(start: NodeJS.CpuUsage): number {
  const d = process.cpuUsage(start);
  return (d.user + d.system) / 1000;
}
