/**
 * What a sealed run costs on top of the program (src/engine/reset.ts): after every run the
 * engine's one interpreter is reset in place (its linear memory copied back, the hiwire table,
 * the file system and the file descriptors put back); only a run that kills its interpreter
 * (os._exit, a fatal error) pays a restore from the memory snapshot. Both are measured here, in
 * the same process and one after the other. Shared by the Node bench and the Chromium page.
 */
import type { SnapshotEngine } from "../src/engine/engine";
import { hasJspi, restoreInterpreter, type PyodideLoader } from "../src/engine/interpreter";
import { buildRunRequest } from "../src/contract";

const median = (times: number[]): number =>
  [...times].sort((a, b) => a - b)[Math.floor(times.length / 2)]!;

export async function freshInterpreterCost(
  load: PyodideLoader,
  engine: SnapshotEngine,
  files: Record<string, string>,
  reps = 5,
): Promise<{ resetMs: number; restoreMs: number; mb: number; reps: number; text: string }> {
  const restores: number[] = [];
  const resets: number[] = [];
  const request = JSON.stringify(buildRunRequest({ code: "print(1)" }));
  for (let i = 0; i < reps; i++) {
    const t0 = performance.now();
    const interpreter = await restoreInterpreter(load, engine.snapshot, files, hasJspi());
    restores.push(performance.now() - t0);
    for (let j = 0; j < 3; j++) {
      await interpreter.run(request, () => undefined);
      const t1 = performance.now();
      interpreter.reset();
      resets.push(performance.now() - t1);
    }
  }
  const mb = engine.snapshot.byteLength / 2 ** 20;
  const resetMs = median(resets);
  const restoreMs = median(restores);
  const text =
    `reset in place after each run: median ${resetMs.toFixed(1)} ms of ${resets.length}; ` +
    `restore of a new interpreter after a crash (${mb.toFixed(0)} MB snapshot + seal): ` +
    `median ${restoreMs.toFixed(0)} ms of ${reps}`;
  return { resetMs, restoreMs, mb, reps, text };
}
