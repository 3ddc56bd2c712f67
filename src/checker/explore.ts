/**
 * Exploring schedules: the runs behind the checker's `schedules` checks and `interleave explore`.
 *
 * Each schedule is one exploring run (RunRequest.explore) whose seed picks the thread priorities
 * and change points (PCT, see runtime/interleave/explore). The depth cycles so that the first
 * schedules try one change point (lost updates, check-then-act, lock-order inversions) and later
 * ones zero to three; each run's change points are drawn from the contended steps the previous
 * schedule reported. The way wake-ups are late cycles too (random, all late, some threads
 * slower), so that the first three schedules already swap timers with nearly equal deadlines in
 * each direction. Deterministic: the same exercise explores the same schedules.
 */
import type { Engine, ExploreOptions, RunRequest, RunResult } from "../engine/types";
import { scheduleSeeds } from "./seeds";

/** Change points per schedule, cycled. */
const DEPTHS = [1, 2, 1, 3, 0, 2];
/** How wake-ups are late per schedule, cycled: the first three schedules try each. */
const TIMINGS: readonly NonNullable<ExploreOptions["timing"]>[] = ["jitter", "late", "skew"];
/** Contended steps assumed before the first schedule reports its count. */
const FIRST_STEPS = 200;

export interface Schedule {
  /** 0-based position in the exploration. */
  index: number;
  seed: number;
  /** The exploring request that ran it (replayed with `record` to explain it). */
  request: RunRequest & { explore: ExploreOptions };
  run: RunResult;
}

/** The explore options of schedule `index` after a run that reported `steps`. */
export function exploreRequest(
  base: RunRequest,
  seed: number,
  index: number,
  steps: number,
): RunRequest & { explore: ExploreOptions } {
  const depth = DEPTHS[index % DEPTHS.length] ?? 1;
  const timing = TIMINGS[index % TIMINGS.length] ?? "jitter";
  return { ...base, seed, explore: { depth, steps: Math.max(1, Math.round(steps)), timing } };
}

/** Explored runs already made, by request: a check's schedules checks explore the same program
 * with the same seeds (lock-counter's outcome and its lock-wait check), so each schedule runs
 * once per check. Runs are deterministic, so a remembered run is the run. */
export type ExploredRuns = Map<string, RunResult>;

/**
 * Runs `count` schedules of `base` (seeds derived from `base.seed`), yielding each as it ends;
 * the caller stops early by breaking out of the loop. With `memo`, a schedule explored before
 * (the same request) is not run again.
 */
export async function* exploreSchedules(
  engine: Engine,
  base: RunRequest,
  count: number,
  memo?: ExploredRuns,
): AsyncGenerator<Schedule> {
  for await (const schedule of plannedSchedules(engine, base, count, memo, true))
    if (schedule.run) yield { ...schedule, run: schedule.run };
}

/** A schedule whose program run may not have been made (see {@link knownSchedules}). */
export type PlannedSchedule = Omit<Schedule, "run"> & { run: RunResult | null };

/**
 * The schedules of {@link exploreSchedules} for a check that judges only tests runs under them
 * (each tests run explores the program again, then the tests, with the schedule's seed, depth
 * and timing): a schedule's program run is taken from `memo` when another check made it, and
 * not made otherwise (`run` null), since nothing reads it. The requests are those
 * exploreSchedules makes up to the first run not made; after it only their `steps` can differ,
 * which a tests run replaces with the steps its previous tests run reported.
 */
export function knownSchedules(
  engine: Engine,
  base: RunRequest,
  count: number,
  memo: ExploredRuns,
): AsyncGenerator<PlannedSchedule> {
  return plannedSchedules(engine, base, count, memo, false);
}

async function* plannedSchedules(
  engine: Engine,
  base: RunRequest,
  count: number,
  memo: ExploredRuns | undefined,
  runUnknown: boolean,
): AsyncGenerator<PlannedSchedule> {
  let steps = FIRST_STEPS;
  for (const [index, seed] of scheduleSeeds(base.seed ?? 0, count).entries()) {
    const request = exploreRequest(base, seed, index, steps);
    const key = memo && JSON.stringify(request);
    const known = key === undefined ? undefined : memo?.get(key);
    const run = known ?? (runUnknown ? await engine.run(request) : null);
    if (key !== undefined && !known && run) memo?.set(key, run);
    if (run?.explore && run.explore.steps > 0) steps = run.explore.steps;
    yield { index, seed, request, run };
  }
}

/** Runs one schedule again, recording its accesses, for the explanation and the replay. */
export function replaySchedule(engine: Engine, request: RunRequest): Promise<RunResult> {
  if (!request.explore) throw new Error("replaySchedule needs an exploring request");
  return engine.run({ ...request, explore: { ...request.explore, record: true } });
}
