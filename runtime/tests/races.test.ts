/**
 * The race explorer's corpus (runtime/tests/races/): every racy program prints a wrong result
 * (or deadlocks) within 20 explored schedules, and no correct program ever does. Each program
 * states its correct output in a `# correct:` line; the correct ones were checked on CPython.
 * Schedules needed per racy program are printed, for the record.
 */
import { readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { beforeAll, describe, expect, it } from "vitest";
import { exploreSchedules } from "../../src/checker/explore";
import { loadNodeEngine } from "../../src/engine/node";
import type { Engine, RunResult } from "../../src/engine/types";

const DIR = join(import.meta.dirname, "races");
const BUDGET = 20;

let engine: Engine;
beforeAll(async () => {
  engine = await loadNodeEngine();
}, 120_000);

function programs(kind: "racy" | "correct"): { name: string; code: string; expected: string }[] {
  return readdirSync(join(DIR, kind))
    .filter((f) => f.endsWith(".py"))
    .sort()
    .map((name) => {
      const code = readFileSync(join(DIR, kind, name), "utf8");
      const expected = /^# correct: (.*)$/m.exec(code)?.[1];
      if (expected === undefined) throw new Error(`${name} has no '# correct:' line`);
      return { name, code, expected };
    });
}

const right = (run: RunResult, expected: string): boolean =>
  run.exitCode === 0 &&
  run.deadlock === null &&
  run.stdout === `${expected}\n` &&
  run.stderr === "";

describe("racy programs fail within the budget", () => {
  const racy = programs("racy");
  it("has at least 12", () => expect(racy.length).toBeGreaterThanOrEqual(12));
  for (const { name, code, expected } of racy) {
    it(name, async () => {
      let needed: number | null = null;
      for await (const s of exploreSchedules(engine, { code, filename: name }, BUDGET)) {
        if (!right(s.run, expected)) {
          needed = s.index + 1;
          break;
        }
      }
      console.log(`races: ${name} failed on schedule ${needed ?? "none"}`);
      expect(needed).not.toBeNull();
    });
  }
});

describe("correct programs never fail", () => {
  const correct = programs("correct");
  it("has at least 10", () => expect(correct.length).toBeGreaterThanOrEqual(10));
  for (const { name, code, expected } of correct) {
    it(name, async () => {
      const wrong: string[] = [];
      for await (const s of exploreSchedules(engine, { code, filename: name }, BUDGET))
        if (!right(s.run, expected)) wrong.push(`seed ${s.seed}: ${s.run.stdout}${s.run.stderr}`);
      expect(wrong).toEqual([]);
    });
  }
});
