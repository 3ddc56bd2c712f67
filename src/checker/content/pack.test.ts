/**
 * The repository's pack as a whole: it loads, and every exercise is covered by a module's content
 * test file (see ./suite.ts), so that an exercise of a new module is never left unchecked.
 */
import { expect, it } from "vitest";
import { formatExerciseError } from "../../exercises";
import { modulesWithContentTests, readRepositoryPack } from "./suite";

const { pack } = readRepositoryPack();

it("the pack loads", () => {
  expect(pack.errors.map(formatExerciseError)).toEqual([]);
  expect(pack.exercises.length).toBeGreaterThan(0);
});

it("every exercise's module has a content test file here", () => {
  const covered = new Set(modulesWithContentTests());
  const missing = [...new Set(pack.exercises.map((e) => e.module))].filter((m) => !covered.has(m));
  expect(
    missing.map((m) => `src/checker/content/${m}.test.ts: describeModuleContent("${m}");`),
  ).toEqual([]);
});

it("every starter that says something in a comment says it in every language", () => {
  // A learner reading the course in Russian must not meet an English TODO in the code.
  const untranslated = pack.exercises
    .filter((e) => typeof e.starter === "string" && /#\s*\S/.test(e.starter))
    .map((e) => e.id);
  expect(untranslated).toEqual([]);
});
