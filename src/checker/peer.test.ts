/**
 * A check with a second engine (`CheckOptions.peer`, as the app's second worker) judges as one
 * engine does: for every exercise with a tests check, its solution and its starter, and each case
 * of the exercises whose Check is slowest (two long runs, side by side with a peer), get the same
 * verdict (checks, hints, the main run and its trace) either way, to the letter: the tests' messages
 * leave object addresses out (`<function <lambda>>` in a PicklingError), which differ between any
 * two interpreters.
 */
import { beforeAll, describe, expect, it } from "vitest";
import { loadNodeEngine } from "../engine/node";
import type { Engine } from "../engine/types";
import { localize } from "../exercises";
import { readCases } from "../exercises/node";
import { checkExercise } from "./check";
import { readRepositoryPack } from "./content/suite";

const { pack, fileOf } = readRepositoryPack();
const withTests = pack.exercises.filter((e) => e.checks.some((c) => c.kind === "tests"));
const SLOWEST = new Set(["io-or-cpu", "pool-map", "cpu-off-the-loop", "process-pool-executor"]);

describe("a check with a peer engine", () => {
  let engine: Engine;
  let peer: Engine;
  beforeAll(async () => {
    [engine, peer] = await Promise.all([loadNodeEngine(), loadNodeEngine()]);
  });

  it("has exercises with tests checks to judge", () => {
    expect(withTests.length).toBeGreaterThan(0);
  });

  const attempts = withTests.flatMap((exercise) => [
    [exercise.id, "solution", exercise, localize(exercise.solution, "en")] as const,
    [exercise.id, "starter", exercise, localize(exercise.starter, "en")] as const,
    ...Object.entries(SLOWEST.has(exercise.id) ? readCases(fileOf.get(exercise.id) ?? "") : {}).map(
      ([name, text]) => [exercise.id, name, exercise, text] as const,
    ),
  ]);

  it.each(attempts)("%s, %s: the same verdict", async (_id, _name, exercise, code) => {
    const options = { keepTrace: true };
    const alone = await checkExercise(engine, exercise, code, options);
    const paired = await checkExercise(engine, exercise, code, { ...options, peer });
    expect(paired).toEqual(alone);
  });
});
