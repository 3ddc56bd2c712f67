/**
 * A Check on two workers (an isolated page on two cores or more, src/app/second-worker.ts): the
 * second starts after the first job; once both are ready, a check's second tests run is made by
 * the second worker (its `peer-run#` marks; the first, which also stands for the main run, is the
 * current worker's, src/checker/check.ts) and the verdict is the same as ever.
 */
import type { Page, Worker } from "@playwright/test";
import { readFileSync } from "node:fs";
import { expect, test } from "./fixtures";

interface ExerciseFile {
  title: { en: string };
  solution: { en: string };
}
const exerciseAt = (path: string): ExerciseFile =>
  JSON.parse(
    readFileSync(new URL(`../exercises/${path}`, import.meta.url), "utf8"),
  ) as ExerciseFile;
/** An exercise with two tests checks. */
const TWO_TESTS = exerciseAt("choosing/blocking-client-timeout.json");

const pythonWorkers = (page: Page): Worker[] =>
  page.workers().filter((w) => w.url().includes("python.worker"));

/** The runs a worker made for the other one so far: begun, or ended. */
const peerRuns = (worker: Worker, at: "start" | "end" = "end"): Promise<number> =>
  worker
    .evaluate(
      (suffix) =>
        performance
          .getEntriesByType("mark")
          .filter((m) => m.name.startsWith("interleave:peer-run#") && m.name.endsWith(suffix))
          .length,
      `:${at}`,
    )
    .catch(() => 0);

/** Waits until the page has two Python workers, both with Python started. */
async function twoReady(page: Page): Promise<Worker[]> {
  await expect
    .poll(
      async () => {
        const ready = await Promise.all(
          pythonWorkers(page).map((w) =>
            w
              .evaluate(() => performance.getEntriesByName("interleave:engine:ready").length > 0)
              .catch(() => false),
          ),
        );
        return ready.filter(Boolean).length;
      },
      { timeout: 120_000 },
    )
    .toBe(2);
  return pythonWorkers(page);
}

test("a check's second tests run is made by the second worker", async ({ app, exercise }) => {
  await app.goto();
  expect(await app.page.evaluate(() => navigator.hardwareConcurrency >= 2)).toBe(true);
  await app.openExercise(TWO_TESTS.title.en);
  await app.waitForPython();
  await exercise.grantClipboard();
  await exercise.pasteCode(TWO_TESTS.solution.en);
  // The second worker starts after the first job, so that it slows neither that job nor the
  // first worker's warm-up.
  expect(pythonWorkers(app.page)).toHaveLength(1);
  expect(await exercise.check()).toBe("checked");
  await exercise.verdict.waitFor("passed");
  const workers = await twoReady(app.page);
  expect(await exercise.check()).toBe("checked");
  await exercise.verdict.waitFor("passed");
  const runs = await Promise.all(workers.map((w) => peerRuns(w)));
  expect(runs.sort()).toEqual([0, 1]);
});
