/**
 * The engine's half of the Chromium figures: loads Pyodide and the runtime in the page (as the
 * worker does), measures, and logs each figure as `FIGURE <json>`, ending with "BENCH DONE".
 * Built and served by ../browser.ts.
 */
import { createEngine } from "../../src/engine/engine";
import { exploreBench } from "../explore";
import { browserLoader } from "../../src/worker/browser-loader";
import { freshInterpreterCost } from "../interpreters";
import { lockHandOff, manyTasks } from "../programs";
import { median, type Figure } from "../table";

const files: Record<string, string> = import.meta.glob<string>(
  ["../../runtime/interleave/**/*.py", "../../runtime/shims/**/*.py"],
  {
    query: "?raw",
    import: "default",
    eager: true,
  },
);

const report = (f: Figure): void => console.log(`FIGURE ${JSON.stringify(f)}`);

async function main(): Promise<void> {
  const t0 = performance.now();
  const load = await browserLoader(new URL("./pyodide/", location.href).href, null);
  const engine = await createEngine(load, files);
  report({
    id: "chromium.engine-start",
    label: "engine start (load, warm-up, snapshot)",
    host: "chromium",
    value: performance.now() - t0,
    unit: "ms",
    note: "in the page, files already cached by the server",
  });
  const restore = await freshInterpreterCost(load, engine, files);
  report({
    id: "chromium.reset-interpreter",
    label: "interpreter reset in place after a run",
    host: "chromium",
    value: restore.resetMs,
    unit: "ms",
    note: `median of ${restore.reps * 3}`,
  });
  report({
    id: "chromium.restore-interpreter",
    label: "new interpreter after a crash (restore + seal)",
    host: "chromium",
    value: restore.restoreMs,
    unit: "ms",
    note: `snapshot ${restore.mb.toFixed(0)} MB, median of ${restore.reps}`,
  });
  const time = async (code: string): Promise<number> => {
    const t0 = performance.now();
    await engine.run({ code });
    return performance.now() - t0;
  };
  const empties: number[] = [];
  for (let i = 0; i < 5; i++) empties.push(await time("pass"));
  const empty = median(empties);
  const n = 2000;
  const rounds: number[] = [];
  for (let i = 0; i < 5; i++) rounds.push(await time(lockHandOff(n)));
  report({
    id: "chromium.lock-handoff",
    label: "lock hand-off between two threads",
    host: "chromium",
    value: ((median(rounds) - empty) * 1000) / (2 * n),
    unit: "us",
    goal: { max: 30 },
    note: `${n} rounds, median of 5, empty run (${empty.toFixed(0)} ms) subtracted`,
  });
  // The goal is Chromium's: the same program and count as Node's node.asyncio-10000.
  const tasks: number[] = [];
  for (let i = 0; i < 5; i++) tasks.push(await time(manyTasks(10_000)));
  report({
    id: "chromium.asyncio-10000",
    label: "10,000 asyncio tasks gathered",
    host: "chromium",
    value: median(tasks),
    unit: "ms",
    goal: { max: 500 },
    note: "median of 5, whole run (result and trace decoded)",
  });
  report(await exploreBench(engine, "chromium"));
  console.log("BENCH DONE");
}

main().catch((e: unknown) => {
  console.log(`benchmark failed: ${String(e)}`);
  console.log("BENCH DONE");
});
