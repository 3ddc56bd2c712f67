/**
 * The browser half of `npm run bench -- --browser`: loads Pyodide and the runtime in the page
 * (as the worker does), runs the thread hand-off benchmark, and prints figures to the console,
 * ending with "BENCH DONE". Built and served by ../browser.ts.
 */
import { createEngine } from "../../src/engine/engine";
import { browserLoader } from "../../src/worker/browser-loader";
import { freshInterpreterCost } from "../interpreters";
import { lockHandOff } from "../programs";

const files: Record<string, string> = import.meta.glob<string>(
  ["../../runtime/interleave/**/*.py", "../../runtime/shims/**/*.py"],
  {
    query: "?raw",
    import: "default",
    eager: true,
  },
);

async function main(): Promise<void> {
  const t0 = performance.now();
  const load = await browserLoader(new URL("./pyodide/", location.href).href, null);
  const engine = await createEngine(load, files);
  const started = performance.now() - t0;
  console.log(
    `chromium: engine start (Pyodide load + runtime warm-up + memory snapshot): ${started.toFixed(0)} ms`,
  );
  console.log(`chromium: ${await freshInterpreterCost(load, engine, files)}`);
  const time = async (code: string): Promise<number> => {
    const t0 = performance.now();
    await engine.run({ code });
    return performance.now() - t0;
  };
  let empty = Infinity;
  for (let i = 0; i < 3; i++) empty = Math.min(empty, await time("pass"));
  for (const n of [2000, 5000]) {
    let best = Infinity;
    for (let i = 0; i < 3; i++) best = Math.min(best, await time(lockHandOff(n)));
    const us = ((best - empty) * 1000) / (2 * n);
    console.log(
      `chromium: lock hand-off between two threads (${n} rounds): ${us.toFixed(1)} us per hand-off (goal <= 50 us)`,
    );
  }
  console.log("BENCH DONE");
}

main().catch((e: unknown) => {
  console.log(`chromium: benchmark failed: ${String(e)}`);
  console.log("BENCH DONE");
});
