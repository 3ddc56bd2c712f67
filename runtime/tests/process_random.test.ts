/**
 * Each simulated process has its own `random` (interpreter.process_random): in CPython a spawned
 * or forkserver child imports it afresh, so a child's draws do not move its parent's sequence,
 * and two children do not draw the same numbers. Seeded from the run's seed and the child's pid,
 * not from os.urandom, so that the same program and seed print the same.
 */
import { beforeAll, describe, expect, it } from "vitest";
import { loadNodeEngine } from "../../src/engine/node";
import type { Engine } from "../../src/engine/types";

let engine: Engine;
beforeAll(async () => {
  engine = await loadNodeEngine();
}, 120_000);

const DRAWS = `
import random
from concurrent.futures import ProcessPoolExecutor
from multiprocessing import Process, Queue
from random import randint


def draw(q, label):
    q.put((label, [random.randint(1, 10**9) for _ in range(3)]))


def imported_name(_):
    return randint(1, 10**9)


if __name__ == "__main__":
    random.seed(7)
    expected = random.Random(7)
    before = random.random()
    q = Queue()
    children = [Process(target=draw, args=(q, k)) for k in ("a", "b")]
    for p in children:
        p.start()
    got = dict(q.get() for _ in children)
    for p in children:
        p.join()
    with ProcessPoolExecutor(2) as pool:
        pooled = list(pool.map(imported_name, range(4)))
    after = random.random()
    print("parent", [before, after] == [expected.random(), expected.random()])
    print("a", *got["a"])
    print("b", *got["b"])
    print("pool", *pooled)
`;

function drawsOf(stdout: string): Record<string, string> {
  return Object.fromEntries(
    stdout
      .trim()
      .split("\n")
      .map((line) => {
        const [key = "", ...rest] = line.split(" ");
        return [key, rest.join(" ")];
      }),
  );
}

describe("random in simulated processes", () => {
  it("a child's draws leave the parent's sequence alone, and children draw differently", async () => {
    const r = await engine.run({ code: DRAWS, seed: 3 });
    expect(r.exitCode, r.stderr).toBe(0);
    const d = drawsOf(r.stdout);
    expect(d["parent"]).toBe("True");
    expect(d["a"]).not.toBe(d["b"]);
    // a pool worker's module-level `from random import randint` is its own process's too
    const pooled = (d["pool"] ?? "").split(" ");
    expect(pooled).toHaveLength(4);
    expect(pooled).not.toContain(d["a"]?.split(" ")[0]);
  });

  it("draws the same in two runs with the same seed, and otherwise with another", async () => {
    const first = await engine.run({ code: DRAWS, seed: 3 });
    const again = await engine.run({ code: DRAWS, seed: 3 });
    const other = await engine.run({ code: DRAWS, seed: 4 });
    expect(again.stdout).toBe(first.stdout);
    expect(drawsOf(other.stdout)["a"]).not.toBe(drawsOf(first.stdout)["a"]);
  });
});
