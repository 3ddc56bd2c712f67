/**
 * The worker's warm-up (./warm-up.ts) on the real engine: each of its exercises passes with the
 * app's checker (so a step reaches the paths it is there to warm: the explorer and the tests, the
 * process pool, asyncio with a thread, rather than stopping at a failure), and a program runs
 * exactly the same after the warm-up as before it (nothing of it stays in Python).
 */
import { beforeAll, describe, expect, it } from "vitest";
import { checkExercise } from "../checker";
import { loadNodeEngine } from "../engine/node";
import type { Engine } from "../engine/types";
import { WARM_UP_CHECKS, warmUpSteps } from "./warm-up";

let engine: Engine;
beforeAll(async () => {
  engine = await loadNodeEngine();
}, 120_000);

// Object addresses, a thread, a lock and the virtual clock: whatever a warm-up could leave behind.
const PROBE = `import threading, time
box = []
lock = threading.Lock()
def work():
    with lock:
        box.append(id(object()))
threads = [threading.Thread(target=work) for _ in range(2)]
for t in threads: t.start()
for t in threads: t.join()
time.sleep(0.5)
print(id(box), box, time.monotonic())
`;

describe("the worker's warm-up", () => {
  it("passes every one of its own checks", async () => {
    for (const { exercise, code } of WARM_UP_CHECKS) {
      const verdict = await checkExercise(engine, exercise, code, { keepTrace: true });
      expect({ id: exercise.id, failed: verdict.checks.filter((c) => !c.passed) }).toEqual({
        id: exercise.id,
        failed: [],
      });
      expect(verdict.failure).toBeNull();
    }
  }, 120_000);

  it("leaves a program's output and trace as they were", async () => {
    const before = await engine.run({ code: PROBE, seed: 5 });
    const steps = warmUpSteps((e, r) => checkExercise(e, r.exercise, r.code, { lang: r.lang }));
    for (const step of steps) await step(engine);
    const after = await engine.run({ code: PROBE, seed: 5 });
    expect(after.stdout).not.toBe("");
    expect(after.stdout).toBe(before.stdout);
    expect(after.trace).toEqual(before.trace);
  }, 120_000);
});
