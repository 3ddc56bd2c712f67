/**
 * `interleave explore FILE.py [--schedules N] [--seed N] [--json]`: runs the program under N
 * explored schedules (default 20; see src/checker/explore.ts) and reports each distinct outcome
 * (stdout, stderr, exit status, deadlock) with how many schedules gave it and the seed of the
 * first.
 * `run FILE.py --seed S` does not replay a schedule (a plain run does not explore); the checker
 * and the app replay it.
 *
 * Exit status: 0 when every schedule gave the same outcome, 1 when they differ (a race or a
 * timing dependency), 2 on bad arguments.
 */
import { readSource } from "../read-source";
import { basename } from "node:path";
import { exploreSchedules } from "../../src/checker/explore";
import { loadNodeEngine } from "../../src/engine/node";
import type { RunResult } from "../../src/engine/types";

interface ExploreArgs {
  file: string;
  schedules: number;
  seed: number;
  json: boolean;
}

export interface Outcome {
  stdout: string;
  /** What went to stderr (a thread's traceback is an outcome too, though the exit status is 0). */
  stderr: string;
  exitCode: number;
  deadlock: boolean;
  /** The error type when the run ended with one ("ZeroDivisionError", "Deadlock"). */
  error: string | null;
  /** Schedules that gave this outcome. */
  count: number;
  /** Seed and 0-based index of the first schedule that gave it. */
  firstSeed: number;
  firstSchedule: number;
}

export function parseExploreArgs(args: string[]): ExploreArgs {
  let file: string | undefined;
  let schedules = 20;
  let seed = 0;
  let json = false;
  for (let i = 0; i < args.length; i++) {
    const a = args[i]!;
    if (a === "--json") json = true;
    else if (a === "--schedules" || a === "--seed") {
      const v = Number(args[++i]);
      if (!Number.isInteger(v) || v < (a === "--seed" ? 0 : 1) || v > 10_000)
        throw new Error(`${a} needs a whole number${a === "--seed" ? "" : " from 1 to 10000"}`);
      if (a === "--seed") seed = v;
      else schedules = v;
    } else if (a.startsWith("--")) throw new Error(`unknown option ${a}`);
    else if (file === undefined) file = a;
    else throw new Error(`unexpected argument ${a}`);
  }
  if (file === undefined) throw new Error("explore needs a FILE.py");
  return { file, schedules, seed, json };
}

/** Groups runs by outcome, in the order each outcome first appeared. */
export function groupOutcomes(runs: { seed: number; index: number; run: RunResult }[]): Outcome[] {
  const byKey = new Map<string, Outcome>();
  for (const { seed, index, run } of runs) {
    const deadlock = run.deadlock !== null;
    const key = JSON.stringify([run.stdout, run.stderr, run.exitCode, deadlock]);
    const found = byKey.get(key);
    if (found) found.count++;
    else
      byKey.set(key, {
        stdout: run.stdout,
        stderr: run.stderr,
        exitCode: run.exitCode,
        deadlock,
        error: run.error?.type ?? null,
        count: 1,
        firstSeed: seed,
        firstSchedule: index,
      });
  }
  return [...byKey.values()];
}

function describe(outcomes: Outcome[], schedules: number): string {
  const lines = [
    `${schedules} schedules, ${outcomes.length} distinct outcome${outcomes.length === 1 ? "" : "s"}`,
  ];
  for (const [i, o] of outcomes.entries()) {
    const what = o.deadlock
      ? "deadlock"
      : o.error
        ? `${o.error}, exit ${o.exitCode}`
        : `exit ${o.exitCode}`;
    lines.push(
      "",
      `outcome ${i + 1}: ${o.count} schedule${o.count === 1 ? "" : "s"} (first: schedule ${o.firstSchedule + 1}, seed ${o.firstSeed}), ${what}`,
      ...o.stdout
        .replace(/\n$/, "")
        .split("\n")
        .map((l) => `  | ${l}`),
    );
  }
  return lines.join("\n") + "\n";
}

export async function main(args: string[]): Promise<number> {
  let parsed: ExploreArgs;
  let code: string;
  try {
    parsed = parseExploreArgs(args);
    code = readSource(parsed.file);
  } catch (e) {
    process.stderr.write(`interleave explore: ${e instanceof Error ? e.message : String(e)}\n`);
    return 2;
  }
  const engine = await loadNodeEngine();
  const base = { code, filename: basename(parsed.file), seed: parsed.seed };
  const runs: { seed: number; index: number; run: RunResult }[] = [];
  for await (const s of exploreSchedules(engine, base, parsed.schedules)) runs.push(s);
  const outcomes = groupOutcomes(runs);
  if (parsed.json)
    process.stdout.write(JSON.stringify({ schedules: parsed.schedules, outcomes }) + "\n");
  else process.stdout.write(describe(outcomes, parsed.schedules));
  return outcomes.length === 1 ? 0 : 1;
}
