/**
 * The orders CPython takes from addresses (a set of threads, of futures, of tasks) do not depend
 * on the heap here (runtime/interleave/stable_hash.py): the same program prints the same and
 * takes the same virtual time whatever was allocated before it. The heap differs between hosts
 * (the page's snapshot is made in Chromium, the CLI's in Node) and after any change of the
 * runtime's allocations; here the difference is made by constants of the program's own, which
 * Python allocates when it compiles the program, at no cost in virtual time. The page prints the
 * same file (e2e/hosts-orders.spec.ts).
 */
import { readFileSync } from "node:fs";
import { beforeAll, describe, expect, it } from "vitest";
import { loadNodeEngine } from "../../src/engine/node";
import type { Engine } from "../../src/engine/types";

const PROGRAM = readFileSync(new URL("./hosts/orders.py", import.meta.url), "utf8");
/** What the program prints, its last line the virtual time it took in nanoseconds. A change of
 * the CPU model moves that line: record the file again with
 * `npm run -s interleave -- run runtime/tests/hosts/orders.py > runtime/tests/hosts/orders.out`. */
const PRINTED = readFileSync(new URL("./hosts/orders.out", import.meta.url), "utf8");

/** The program after `count` string constants, allocated as it compiles. */
function padded(count: number): string {
  const constants = Array.from({ length: count }, (_, i) => `"pad${i}", `).join("");
  return `_pad = (${constants})\n${PROGRAM}`;
}

let engine: Engine;
beforeAll(async () => {
  engine = await loadNodeEngine();
}, 120_000);

describe("orders taken from sets of the runtime's objects", () => {
  it("are the order the objects were first hashed: tasks, futures and threads as made", () => {
    expect(PRINTED).toContain("as_completed: [0, 1, 2, 3, 4, 5]\n");
    expect(PRINTED).toContain("TaskGroup cancelled: [0, 1, 2, 3, 4]\n");
    expect(PRINTED).toContain("threads: ['T0', 'T1', 'T2', 'T3', 'T4', 'T5']\n");
  });

  it.each([0, 37, 500, 3000])(
    "do not move with what the heap holds: %i constants before the program",
    async (count) => {
      const result = await engine.run({ code: padded(count), seed: 1 });
      expect(result.stderr).toBe("");
      expect(result.stdout).toBe(PRINTED);
    },
  );
});
