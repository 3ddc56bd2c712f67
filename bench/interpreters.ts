/**
 * What a sealed run costs on top of the program: restoring a pristine interpreter from the
 * engine's memory snapshot and sealing it (src/engine/interpreter.ts). Shared by the Node bench
 * and the Chromium page. The engine restores the next interpreter while nobody is running, so
 * a learner waits for this only when runs follow each other without a pause (a check's runs).
 */
import type { SnapshotEngine } from "../src/engine/engine";
import { hasJspi, restoreInterpreter, type PyodideLoader } from "../src/engine/interpreter";

export async function freshInterpreterCost(
  load: PyodideLoader,
  engine: SnapshotEngine,
  files: Record<string, string>,
  reps = 5,
): Promise<string> {
  const times: number[] = [];
  for (let i = 0; i < reps; i++) {
    const t0 = performance.now();
    await restoreInterpreter(load, engine.snapshot, files, hasJspi());
    times.push(performance.now() - t0);
  }
  times.sort((a, b) => a - b);
  const median = times[Math.floor(times.length / 2)]!;
  const mb = engine.snapshot.byteLength / 2 ** 20;
  return (
    `fresh interpreter per run (restore the ${mb.toFixed(0)} MB snapshot + seal): ` +
    `best ${times[0]!.toFixed(0)} ms, median ${median.toFixed(0)} ms of ${reps}`
  );
}
