/**
 * What the worker does with its first idle moments after Python is ready: it checks small
 * exercises of its own (threads with a lock, their explored schedules and tests; asyncio with a
 * thread), so that the learner's first Check does not pay for the first run of everything a
 * check uses. Measured in Chromium on the production build (bench/README.md, the `checkcold`
 * section), the first Check after a page load took 1.5-2.2x as long as the next checks of the same
 * exercise with its code edited: the run contract's validators compiled on the first request (~100
 * ms), and the WebAssembly of the paths a check runs (the rewrite, the explorer, the tests, the
 * process workers, pickling) still in its baseline tier until enough of it has run.
 *
 * Not a process pool, though the slowest checks use one: a Stop that lands in a process pool's run
 * (the learner's, aimed at a job waiting behind the step) was seen to leave the run waiting for
 * ever, and a check of a pool costs 1-2 s at a load of 14 (the step a learner would wait for).
 *
 * Nothing of a warm-up run stays in Python: every run resets the interpreter to its sealed image,
 * as after any learner's run, so a program prints and reports the same after the warm-up as
 * without it. What stays is the JavaScript engine's compiled code. The session runs the steps one
 * at a time, only while the learner has not asked for anything (./session.ts); the programs are
 * the smallest that reach those paths.
 */
import type { CheckFn } from "./session";
import type { Engine } from "../engine/types";
import type { Exercise } from "../exercises";
import { minimalExercise } from "../exercises/testing";

/** One step of the warm-up: a check of one of the exercises below, its verdict dropped. */
export type WarmUpStep = (engine: Engine) => Promise<void>;

// The exercise format's smallest valid exercise (its one definition), named for the warm-up.
const exercise = (id: string, fields: Partial<Exercise>): Exercise =>
  minimalExercise({ id: `warm-up-${id}`, title: id, module: "warm-up", ...fields });

const THREADS = `import threading

total = 0
guard = threading.Lock()


def add(times):
    global total
    for _ in range(times):
        with guard:
            total += 1


workers = [threading.Thread(target=add, args=(40,)) for _ in range(3)]
for worker in workers:
    worker.start()
for worker in workers:
    worker.join()
print("total", total)
`;

const THREADS_TESTS = `def test_add():
    global total
    total = 0
    add(5)
    assert total == 5
`;

const ASYNCIO = `import asyncio


async def later(n):
    await asyncio.sleep(0.1 * n)
    return n


async def main():
    got = await asyncio.gather(*(later(n) for n in range(3)))
    print(got, await asyncio.to_thread(sum, got))


asyncio.run(main())
`;

/**
 * The exercises and their solutions, in the order they are checked. Each check is one step, and
 * a learner's job waits for the step under way: each is two or three runs (the threads program
 * is checked three times over for that), 0.3-1.9 s each at a load of 14 in Chromium, where the
 * four take 2.5-5 s.
 */
export const WARM_UP_CHECKS: readonly { exercise: Exercise; code: string }[] = [
  {
    code: THREADS,
    exercise: exercise("threads", {
      run: { seed: 1, virtualTimeLimit: 10 },
      checks: [
        { kind: "code", rule: "use", name: "threading.Lock", call: true },
        { kind: "output", match: "contains", expected: "total 120" },
        { kind: "exit", code: 0 },
      ],
    }),
  },
  {
    code: THREADS,
    exercise: exercise("schedules", {
      run: { seed: 1, virtualTimeLimit: 10 },
      checks: [
        {
          kind: "schedules",
          count: 2,
          checks: [{ kind: "output", match: "contains", expected: "total 120" }],
        },
      ],
    }),
  },
  {
    code: THREADS,
    exercise: exercise("tests", {
      run: { seed: 1, virtualTimeLimit: 10 },
      checks: [{ kind: "tests", code: THREADS_TESTS }],
    }),
  },
  {
    code: ASYNCIO,
    exercise: exercise("asyncio", {
      run: { seed: 1, virtualTimeLimit: 10 },
      checks: [
        { kind: "output", match: "exact", expected: "[0, 1, 2] 3\n" },
        { kind: "elapsed", min: 0.2, max: 0.3 },
      ],
    }),
  },
];

/** The warm-up's steps, each checking one exercise with `check` (the app's own checker). */
export function warmUpSteps(check: CheckFn): WarmUpStep[] {
  return WARM_UP_CHECKS.map(({ exercise: ex, code }) => async (engine) => {
    await check(engine, { exercise: ex, code, lang: "en" }, null);
  });
}
