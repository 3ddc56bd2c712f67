/**
 * Fills in what an exercise may leave out, so that consumers never guess defaults:
 * every check gets an id ("elapsed-2", nested "schedules-4.output-1"), and run settings get
 * their defaults. Pure; returns a new object.
 */
import { RUN_DEFAULTS } from "../contract/names";
import type { Check, Exercise, RunCheck, RunSettings } from "./format";

/** Defaults of an exercise's {@link RunSettings}: the run contract's, the file name aside. */
export const RUN_SETTINGS_DEFAULTS = {
  seed: RUN_DEFAULTS.seed,
  cpuCount: RUN_DEFAULTS.cpuCount,
  virtualTimeLimit: RUN_DEFAULTS.virtualTimeLimit,
  stepLimit: RUN_DEFAULTS.stepLimit,
  outputLimit: RUN_DEFAULTS.outputLimit,
} as const;

export type NormalisedRunSettings = RunSettings & {
  -readonly [K in keyof typeof RUN_SETTINGS_DEFAULTS]: number;
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
    run: { ...RUN_SETTINGS_DEFAULTS, ...exercise.run },
    checks: exercise.checks.map((check, i) => withId(check, i, "")),
  };
}

/** Run settings with defaults, for an exercise normalised or not. */
export function runSettings(exercise: Exercise): NormalisedRunSettings {
  return { ...RUN_SETTINGS_DEFAULTS, ...exercise.run };
}
