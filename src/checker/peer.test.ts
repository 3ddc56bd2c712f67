/**
 * A check with a second engine (`CheckOptions.peer`, as the app's second worker) judges as one
 * engine does. The peer makes the runs of the exercise's tests checks but the first, whose run also
 * stands for the main run and is made by the check's own engine (./check.ts `mainRun`): the main
 * run's output may show object addresses, which differ between any two interpreters. For every
 * exercise with a tests check, its solution and its starter, and every case of the exercises with
 * two or more, get the same verdict (checks, hints, the main run and its trace) either way, to the
 * letter: the tests' messages leave addresses out (`<function <lambda>>` in a PicklingError).
 */
import { beforeAll, describe, expect, it } from "vitest";
import { loadNodeEngine } from "../engine/node";
import type { Engine } from "../engine/types";
import { localize } from "../exercises";
import { readCases } from "../exercises/node";
import { checkExercise } from "./check";
import { readRepositoryPack } from "./content/suite";

const { pack, fileOf } = readRepositoryPack();
const testsChecks = (e: (typeof pack.exercises)[number]) =>
  e.checks.filter((c) => c.kind === "tests").length;
const withTests = pack.exercises.filter((e) => testsChecks(e) > 0);

describe("a check with a peer engine", () => {
  let engine: Engine;
  let peer: Engine;
  let peerRuns = 0;
  beforeAll(async () => {
    const [own, other] = await Promise.all([loadNodeEngine(), loadNodeEngine()]);
    engine = own;
    peer = {
      stackSwitching: other.stackSwitching,
      pythonVersion: other.pythonVersion,
      run: (request, onEvent) => {
        peerRuns += 1;
        return other.run(request, onEvent);
      },
      invoke: (module, func, payload) => other.invoke(module, func, payload),
    };
  });

  it("has exercises with one tests check and with more to judge", () => {
    expect(withTests.some((e) => testsChecks(e) === 1)).toBe(true);
    expect(withTests.some((e) => testsChecks(e) > 1)).toBe(true);
  });

  const attempts = withTests.flatMap((exercise) => [
    [exercise.id, "solution", exercise, localize(exercise.solution, "en")] as const,
    [exercise.id, "starter", exercise, localize(exercise.starter, "en")] as const,
    ...Object.entries(
      testsChecks(exercise) > 1 ? readCases(fileOf.get(exercise.id) ?? "") : {},
    ).map(([name, text]) => [exercise.id, name, exercise, text] as const),
  ]);

  it.each(attempts)("%s, %s: the same verdict", async (_id, _name, exercise, code) => {
    const options = { keepTrace: true };
    const alone = await checkExercise(engine, exercise, code, options);
    const before = peerRuns;
    const paired = await checkExercise(engine, exercise, code, { ...options, peer });
    expect(paired).toEqual(alone);
    // the tests checks after the first, each once (more under schedules are the check's own)
    expect(peerRuns - before).toBe(testsChecks(exercise) - 1);
  });
});
