/**
 * The instrumentation's cost (`node.instrumentation.*`, issue #14: at most 1.5x bare Pyodide):
 * each CPU-bound kernel run by the engine (rewritten, metered, on the virtual clock) against the
 * same kernel in a bare interpreter restored from the same snapshot (no rewrite, no meter), in a
 * Node process of its own, metered and bare runs alternating.
 *
 * Why a process of its own, and alternating: measured in the shared bench process, metered runs
 * first and bare runs after, the figure moved from 1.19x to 1.72x (loop_module) between the full
 * bench and `--only runtime`. The engine does not slow down run after run (bench/README.md,
 * "Which instrumentation figure is the product's": 81 rounds interleaved with the other
 * benchmarks' programs, the metered/bare ratio flat), but this machine's CPU time per unit of
 * work moves with its load by up to 1.5x within a minute, and the two sides were timed seconds
 * apart. Taken pair by pair, each pair within a second, the load hits both sides alike, and the
 * median of the pairs' ratios does not depend on what ran before in the process.
 *
 * Run as a script (`--child`) it measures and prints JSON; the bench calls `instrumentationFigures`.
 */
import { spawnSync } from "node:child_process";
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { cpuMsSince, nodeContext } from "./node-context";
import { median, type Figure } from "./table";

const KERNELS = join(import.meta.dirname, "../runtime/tests/cpu/kernels");
/** Pure-Python CPU-bound kernels of the CPU model's calibration set (no C-level built-ins). */
const CPU_BOUND = ["loop_module", "calls", "comprehensions"];
/** Counted pairs per kernel, after uncounted ones that warm both interpreters' code (V8 tiers
 * hot WebAssembly up on background threads, whose CPU time the process's usage includes). */
const PAIRS = 15;
const WARM_UP = 2;

interface KernelTimes {
  name: string;
  /** CPU ms of each counted metered run, the empty run's median subtracted. */
  metered: number[];
  /** CPU ms of each counted bare run. */
  bare: number[];
  meteredWall: number[];
  bareWall: number[];
}

interface ChildResult {
  emptyCpuMs: number;
  kernels: KernelTimes[];
}

/** The bare interpreter runs the kernel as a module's code, its output discarded. */
const quiet = (code: string): string =>
  `import sys, io\n_out, sys.stdout = sys.stdout, io.StringIO()\n${code}\nsys.stdout = _out\n`;

async function measureInThisProcess(): Promise<ChildResult> {
  const ctx = await nodeContext();
  // Loaded after the engine's start: the engine keeps working beside it for single-threaded
  // programs (checked: every metered run below must exit 0), and nothing runs here after.
  const bare = await ctx.load({ snapshot: ctx.engine.snapshot });
  const empties: number[] = [];
  const meteredRun = async (code: string): Promise<[number, number]> => {
    const { cpuMs, ms } = await ctx.time(code, 1); // one run, which must succeed
    return [cpuMs, ms];
  };
  const bareRun = (code: string): [number, number] => {
    const globals = bare.toPy({}) as unknown;
    const c0 = process.cpuUsage();
    const t0 = performance.now();
    bare.runPython(code, { globals } as Parameters<typeof bare.runPython>[1]);
    return [cpuMsSince(c0), performance.now() - t0];
  };
  const raw = CPU_BOUND.map((name) => {
    const code = readFileSync(join(KERNELS, `${name}.py`), "utf8");
    return {
      name,
      code,
      quiet: quiet(code),
      met: [] as [number, number][],
      bare: [] as [number, number][],
    };
  });
  for (let pair = 0; pair < WARM_UP + PAIRS; pair++) {
    empties.push((await meteredRun("pass"))[0]);
    for (const k of raw) {
      // Which side goes first alternates, so a load that rises through a pair favours neither.
      if (pair % 2 === 0) {
        k.met.push(await meteredRun(k.code));
        k.bare.push(bareRun(k.quiet));
      } else {
        k.bare.push(bareRun(k.quiet));
        k.met.push(await meteredRun(k.code));
      }
    }
  }
  const emptyCpuMs = median([ctx.emptyCpuMs, ...empties]);
  const kernels = raw.map((k) => ({
    name: k.name,
    metered: k.met.slice(WARM_UP).map(([cpu]) => cpu - emptyCpuMs),
    bare: k.bare.slice(WARM_UP).map(([cpu]) => cpu),
    meteredWall: k.met.slice(WARM_UP).map(([, wall]) => wall - ctx.emptyMs),
    bareWall: k.bare.slice(WARM_UP).map(([, wall]) => wall),
  }));
  return { emptyCpuMs, kernels };
}

/** The ratio of each pair, in order. */
const ratios = (a: number[], b: number[]): number[] => a.map((x, i) => x / b[i]!);

/** Runs the measurement in a new Node process and makes the figures. */
export function instrumentationFigures(): Figure[] {
  const child = spawnSync(
    process.execPath,
    ["--experimental-wasm-stack-switching", "--import", "tsx", import.meta.filename, "--child"],
    { encoding: "utf8", maxBuffer: 16 * 2 ** 20 },
  );
  if (child.status !== 0) throw new Error(`instrumentation process failed: ${child.stderr}`);
  const measured = JSON.parse(child.stdout.trim().split("\n").at(-1)!) as ChildResult;
  return measured.kernels.map((k) => {
    const cpu = ratios(k.metered, k.bare);
    const sorted = [...cpu].sort((a, b) => a - b);
    return {
      id: `node.instrumentation.${k.name}`,
      label: `instrumentation cost, ${k.name}.py`,
      host: "node",
      value: median(cpu),
      unit: "x",
      goal: { max: 1.5 },
      note:
        `median of ${cpu.length} CPU-time ratios of back-to-back pairs (own process; pairs ` +
        `${sorted[0]!.toFixed(2)}-${sorted.at(-1)!.toFixed(2)}x): ${median(k.metered).toFixed(0)} ms ` +
        `metered (empty run's ${measured.emptyCpuMs.toFixed(0)} ms subtracted) vs ` +
        `${median(k.bare).toFixed(0)} ms bare; wall ${median(ratios(k.meteredWall, k.bareWall)).toFixed(2)}x`,
    };
  });
}

if (process.argv.includes("--child")) {
  measureInThisProcess().then(
    (result) => {
      console.log(JSON.stringify(result));
      process.exit(0);
    },
    (e: unknown) => {
      console.error(e);
      process.exit(1);
    },
  );
}
