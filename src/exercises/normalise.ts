/**
 * Fills in what an exercise may leave out, so that consumers never guess defaults:
 * every check gets an id ("elapsed-2", nested "schedules-4.output-1"), and run settings get
 * their defaults. Pure; returns a new object.
 */
import type { Check, Exercise, RunCheck, RunSettings } from "./format";

/** Defaults applied to {@link RunSettings} (documented in the schema descriptions). */
export const RUN_DEFAULTS = {
  seed: 0,
  cpuCount: 4,
  virtualTimeLimit: 60,
  outputLimit: 100_000,
} as const;

export type NormalisedRunSettings = RunSettings & {
  seed: number;
  cpuCount: number;
  virtualTimeLimit: number;
  outputLimit: number;
};

function withId<C extends Check | RunCheck>(check: C, index: number, prefix: string): C {
  const id = check.id ?? `${prefix}${check.kind}-${index + 1}`;
  if (check.kind === "schedules") {
    return { ...check, id, checks: check.checks.map((inner, i) => withId(inner, i, `${id}.`)) };
  }
  return { ...check, id };
}

export function normaliseExercise(exercise: Exercise): Exercise {
  return {
    ...exercise,
    run: { ...RUN_DEFAULTS, ...exercise.run },
    checks: exercise.checks.map((check, i) => withId(check, i, "")),
  };
}

/** Run settings with defaults, for an exercise normalised or not. */
export function runSettings(exercise: Exercise): NormalisedRunSettings {
  return { ...RUN_DEFAULTS, ...exercise.run };
}
