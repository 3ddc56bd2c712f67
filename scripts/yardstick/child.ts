/**
 * One module of the yardstick in a Node process of its own (started by ./main.ts, which kills
 * it when a test hangs for real): `child.ts FOLDER MODULE SNAPSHOT`, the ids already settled
 * on stdin as JSON. Runs the module through the engine until its end, each run in a fresh
 * interpreter; a run that ends inside a test (a deadlock, a limit, a crash) settles that test as
 * failed with the run's error and the next run starts after it. Every outcome line goes to
 * stdout as soon as the driver prints it.
 */
import {
  existsSync,
  readdirSync,
  readFileSync,
  renameSync,
  statSync,
  writeFileSync,
} from "node:fs";
import { dirname, join, relative, resolve } from "node:path";
import { fileURLToPath } from "node:url";
import { createEngine } from "../../src/engine/engine";
import { nodeLoader, readRuntimeFiles } from "../../src/engine/node";
import { MARK, ModuleOutcomes } from "./outcomes";

const ROOT = resolve(dirname(fileURLToPath(import.meta.url)), "../..");
const DRIVER = readFileSync(join(ROOT, "runtime/tests/yardstick/driver.py"), "utf8");

/** Every .py file of the test package, keyed where the driver looks ("cpython/test/..."). */
function testFiles(folder: string): Record<string, string> {
  const files: Record<string, string> = {};
  const walk = (dir: string): void => {
    for (const name of readdirSync(dir)) {
      const full = join(dir, name);
      if (statSync(full).isDirectory()) walk(full);
      else if (name.endsWith(".py"))
        files[`cpython/${relative(folder, full)}`] = readFileSync(full, "utf8");
    }
  };
  walk(join(folder, "test"));
  return files;
}

/**
 * The certificates `test_asyncio` reads while loading (`test/certdata/`): the runtime's
 * files are Python only, so they travel as the run's own files and the driver puts them back.
 */
function certificates(folder: string): Record<string, string> {
  const dir = join(folder, "test", "certdata");
  if (!existsSync(dir)) return {};
  const files: Record<string, string> = {};
  for (const name of readdirSync(dir))
    if (!name.startsWith(".")) files[`certdata/${name}`] = readFileSync(join(dir, name), "utf8");
  return files;
}

function emit(kind: string, id: string, message: string | null): void {
  process.stdout.write(`${MARK}${JSON.stringify({ kind, id, message })}\n`);
}

async function main(): Promise<void> {
  const [folder, module, snapshotPath] = process.argv.slice(2) as [string, string, string];
  const state = new ModuleOutcomes();
  for (const id of JSON.parse(readFileSync(0, "utf8")) as string[])
    state.settle(id, "passed", null);
  const files = { ...readRuntimeFiles(), ...testFiles(folder) };
  // the tests use what a learner's program may not (gc, inspect, ...): a host's own code
  const start = existsSync(snapshotPath)
    ? { snapshot: new Uint8Array(readFileSync(snapshotPath)), trustedPrograms: true }
    : { trustedPrograms: true };
  const engine = await createEngine(await nodeLoader(), files, start);
  if (!existsSync(snapshotPath)) {
    writeFileSync(`${snapshotPath}.${process.pid}`, engine.snapshot);
    renameSync(`${snapshotPath}.${process.pid}`, snapshotPath);
  }
  let pending = "";
  const onEvent = (event: { kind: string; text?: string }): void => {
    if (event.kind !== "stderr" || event.text === undefined) return;
    const lines = (pending + event.text).split("\n");
    pending = lines.pop()!;
    for (const line of lines)
      if (line.startsWith(MARK)) {
        state.feed(line);
        process.stdout.write(`${line}\n`);
      }
  };
  for (;;) {
    const result = await engine.run(
      {
        code: DRIVER,
        files: {
          ...certificates(folder),
          "yardstick.json": JSON.stringify({ module, done: state.done() }),
        },
        filename: "yardstick.py",
        virtualTimeLimit: 3600,
        stepLimit: 1_000_000_000,
        outputLimit: 100_000_000,
      },
      onEvent,
    );
    onEvent({ kind: "stderr", text: "\n" });
    if (state.ended) return;
    const why = result.error
      ? `${result.error.type}: ${result.error.message}`
      : `the run ended (exit ${result.exitCode})`;
    const inFlight = state.inFlight;
    if (inFlight === null) {
      // ended outside any test (loading the module, a class fixture): nothing more to learn
      emit("failed", module, `${why}\n${result.stderr.slice(-4000)}`);
      emit("end", module, null);
      return;
    }
    emit("failed", inFlight, why);
    state.settle(inFlight, "failed", why);
  }
}

await main();
