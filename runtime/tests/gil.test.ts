/**
 * The GIL's hand-over between threads of one process (runtime/interleave/sched/gil.py), as
 * CPython 3.11 decides it: a thread waking beside busy threads waits a whole switch interval
 * before it may ask for the GIL, then a seeded draw among the waiters decides who takes it.
 */
import { beforeAll, describe, expect, it } from "vitest";
import { loadNodeEngine } from "../../src/engine/node";
import type { Engine } from "../../src/engine/types";

let engine: Engine;
beforeAll(async () => {
  engine = await loadNodeEngine();
}, 120_000);

/** Prints, per number of busy threads, how late (in ms) each of 20 sleeps of 10 ms ended. */
const WAKES = `
import threading
import time


def delays_beside(busy):
    done = threading.Event()

    def spin():
        while not done.is_set():
            sum(range(10_000))

    threads = [threading.Thread(target=spin) for _ in range(busy)]
    for t in threads:
        t.start()
    delays = []
    for _ in range(20):
        asked = time.perf_counter()
        time.sleep(0.010)
        delays.append((time.perf_counter() - asked - 0.010) * 1000)
    done.set()
    for t in threads:
        t.join()
    return delays


for busy in (0, 1, 3):
    print(busy, *("%.3f" % d for d in delays_beside(busy)))
`;

async function wakeDelays(seed: number): Promise<Map<number, number[]>> {
  const r = await engine.run({ code: WAKES, seed });
  expect(r.exitCode, r.stderr).toBe(0);
  const rows = r.stdout.trim().split("\n");
  return new Map(
    rows.map((row) => {
      const [busy, ...delays] = row.split(" ").map(Number);
      return [busy ?? -1, delays];
    }),
  );
}

const INTERVAL_MS = 5;

describe("the GIL's hand-over", () => {
  it("makes a waking thread wait a whole interval, and compete with every busy thread", async () => {
    const delays = await wakeDelays(1);
    const alone = delays.get(0) ?? [];
    const one = delays.get(1) ?? [];
    const three = delays.get(3) ?? [];
    expect(alone).toHaveLength(20);
    expect(Math.max(...alone)).toBeLessThan(1);
    // beside one busy thread: the only waiter, so exactly one interval (and a tick) late
    for (const d of one) {
      expect(d).toBeGreaterThanOrEqual(INTERVAL_MS);
      expect(d).toBeLessThan(INTERVAL_MS + 1);
    }
    // beside three: at least an interval, often more, sometimes much more
    expect(Math.min(...three)).toBeGreaterThanOrEqual(INTERVAL_MS);
    expect(Math.max(...three)).toBeGreaterThanOrEqual(3 * INTERVAL_MS);
    const mean = three.reduce((a, b) => a + b, 0) / three.length;
    expect(mean).toBeGreaterThan(1.5 * INTERVAL_MS);
  });

  it("draws the same waiter with the same seed, and others with another", async () => {
    const first = await wakeDelays(1);
    const again = await wakeDelays(1);
    const other = await wakeDelays(2);
    expect(again).toEqual(first);
    expect(other.get(3)).not.toEqual(first.get(3));
  });
});
