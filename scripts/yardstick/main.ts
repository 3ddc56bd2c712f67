/**
 * `npm run yardstick [-- FOLDER] [--module NAME]... [--failures] [--progress]`: runs CPython's own
 * concurrency tests under the Interleave runtime (Pyodide in Node, through the engine, every run
 * in a fresh interpreter, as a trusted program) and prints pass/fail/skip counts per module.
 *
 * FOLDER holds CPython's `test` package (default: ../shared/cpython-tests); the tests are read
 * from there, never copied into the project. Each module runs in a Node process of its own
 * (./child.ts). Nothing is lost when a test never ends: a run that ends inside a test counts it
 * as failed, and a test that prints no outcome for HANG_SECONDS of real time (a busy wait in the
 * standard library, say) is failed as hung, its process killed and the module started again
 * after it. Applicable tests are those not skipped; runtime/README.md records the counts and why
 * each remaining failure fails. `--failures` prints each failure's last lines.
 */
import { spawn } from "node:child_process";
import { existsSync, mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { dirname, join, resolve } from "node:path";
import { fileURLToPath } from "node:url";
import { MARK, ModuleOutcomes, passRate, tally, type Tally } from "./outcomes";

const ROOT = resolve(dirname(fileURLToPath(import.meta.url)), "../..");
/** Real seconds a test may go without an outcome before it counts as hung (a loaded machine). */
const HANG_SECONDS = 180;
/** `--progress`: echo every outcome line to stderr as it arrives. */
let progress = false;

/** The modules measured, below CPython's `test` package. */
const MODULES = [
  "test_queue",
  "test_thread",
  "test_threading",
  "test_asyncio.test_locks",
  "test_asyncio.test_queues",
  "test_asyncio.test_tasks",
  "test_asyncio.test_taskgroups",
  "test_concurrent_futures.test_future",
  "test_concurrent_futures.test_thread_pool",
  "test_concurrent_futures.test_wait",
  "test_concurrent_futures.test_as_completed",
  "test_multiprocessing_spawn.test_threads",
  "test_multiprocessing_spawn.test_processes",
  "test_multiprocessing_spawn.test_manager",
  "test_multiprocessing_spawn.test_misc",
];

/** One process of ./child.ts over the module; resolves when it exits or is killed as hung. */
function runChild(
  folder: string,
  module: string,
  snapshot: string,
  state: ModuleOutcomes,
): Promise<void> {
  return new Promise((done) => {
    const child = spawn(
      process.execPath,
      [
        "--experimental-wasm-stack-switching",
        "--import",
        "tsx",
        join(ROOT, "scripts/yardstick/child.ts"),
        folder,
        module,
        snapshot,
      ],
      { stdio: ["pipe", "pipe", "inherit"] },
    );
    let timer: NodeJS.Timeout | undefined;
    const watch = (): void => {
      clearTimeout(timer);
      timer = setTimeout(() => {
        const id = state.inFlight ?? module;
        state.settle(id, "failed", `hung: no outcome for ${HANG_SECONDS} s of real time`);
        child.kill("SIGKILL");
      }, HANG_SECONDS * 1000);
    };
    let pending = "";
    child.stdout.setEncoding("utf8");
    child.stdout.on("data", (text: string) => {
      const lines = (pending + text).split("\n");
      pending = lines.pop()!;
      for (const line of lines) {
        state.feed(line);
        if (progress && line.startsWith(MARK)) process.stderr.write(`${line}\n`);
      }
      watch();
    });
    child.on("exit", () => {
      clearTimeout(timer);
      done();
    });
    child.stdin.end(JSON.stringify(state.done()));
    watch();
  });
}

async function runModule(
  folder: string,
  module: string,
  snapshot: string,
): Promise<ModuleOutcomes> {
  const state = new ModuleOutcomes();
  while (!state.ended) {
    const before = state.done().length;
    await runChild(folder, module, snapshot, state);
    if (!state.ended && state.done().length === before) {
      state.settle(module, "failed", "the module's process ended without an outcome");
      break;
    }
  }
  return state;
}

function row(name: string, t: Tally): string {
  const cells = [t.passed, t.failed, t.skipped].map((n, i) => String(n).padStart([6, 7, 8][i]!));
  return `${name.padEnd(44)}${cells.join("")}${`${passRate(t).toFixed(1)} %`.padStart(9)}`;
}

async function main(): Promise<void> {
  const args = process.argv.slice(2);
  const chosen: string[] = [];
  let folder = join(ROOT, "../shared/cpython-tests");
  let failures = false;
  for (let i = 0; i < args.length; i++) {
    const arg = args[i]!;
    if (arg === "--module") chosen.push(args[++i] ?? "");
    else if (arg === "--failures") failures = true;
    else if (arg === "--progress") progress = true;
    else folder = resolve(arg);
  }
  if (!existsSync(join(folder, "test", "support"))) {
    console.error(`yardstick: ${folder} holds no CPython test package (test/support is missing)`);
    process.exit(2);
  }
  const scratch = mkdtempSync(join(tmpdir(), "yardstick-"));
  const snapshot = join(scratch, "snapshot.bin"); // made by the first child, reused by the rest
  console.log(`${"module".padEnd(44)}passed failed skipped     rate`);
  const total: Tally = { passed: 0, failed: 0, skipped: 0 };
  try {
    for (const module of chosen.length > 0 ? chosen : MODULES) {
      const outcomes = (await runModule(folder, module, snapshot)).outcomes();
      const counts = tally(outcomes);
      for (const key of ["passed", "failed", "skipped"] as const) total[key] += counts[key];
      console.log(row(module, counts));
      if (failures)
        for (const o of outcomes.filter((x) => x.status === "failed")) {
          const last = (o.message ?? "").trim().split("\n").slice(-12);
          console.log(`  FAIL ${o.id}\n      ${last.join("\n      ")}`);
        }
    }
  } finally {
    rmSync(scratch, { recursive: true, force: true });
  }
  console.log(row("total", total));
}

await main();
