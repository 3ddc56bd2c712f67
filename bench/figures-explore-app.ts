/**
 * The race explorer's cost in Chromium, through the production build as a learner meets it
 * (owner: explorer, issue #15 item 7): the exploration budget of a 4-thread x 10,000-iteration
 * program, run by the app's worker, judged by an instructor's pack (served to the page, as
 * `?pack=` loads one) whose only check is a `schedules` check of lock-counter's budget, so Check =
 * one plain run + the explored schedules.
 * The figure is Check minus Run of the same program (medians, same page): the explorer's part.
 */
import type { Page } from "@playwright/test";
import { EDITOR_READY, PYTHON_READY, WAIT, openApp, timed, type AppContext } from "./app-page";
import { EXPLORE_BUDGET, EXPLORED_OUTPUT, EXPLORED_PROGRAM } from "./explore";
import { median, type Benchmark, type Figure } from "./table";

const PACK = "bench-explore";
const EXERCISE_ID = "bench-explore-budget";
const TITLE = "Explorer budget (benchmark)";
const REPS = 3;

/** The pack: one module, one exercise whose starter is the program (nothing to paste). */
export const PACK_FILES: Record<string, unknown> = {
  "pack.json": { title: "Explorer benchmark", files: ["course.json", "budget.json"] },
  "course.json": { version: 1, modules: [{ id: "bench", title: "Benchmark" }] },
  "budget.json": {
    version: 1,
    id: EXERCISE_ID,
    title: TITLE,
    module: "bench",
    difficulty: "easy",
    description: "Four threads add 10,000 each to a locked counter.",
    starter: EXPLORED_PROGRAM,
    solution: EXPLORED_PROGRAM,
    run: { seed: 3, virtualTimeLimit: 120 },
    checks: [
      {
        id: "always-40000",
        kind: "schedules",
        count: EXPLORE_BUDGET,
        title: `Prints ${EXPLORED_OUTPUT} under every schedule`,
        checks: [{ kind: "output", match: "contains", expected: EXPLORED_OUTPUT }],
      },
    ],
  },
};

async function servePack(page: Page): Promise<void> {
  await page.route(`**/${PACK}/**`, async (route) => {
    const name = new URL(route.request().url()).pathname.split("/").pop() ?? "";
    const body = PACK_FILES[name];
    if (body === undefined) await route.fulfill({ status: 404, body: "not found" });
    else await route.fulfill({ body: JSON.stringify(body), contentType: "application/json" });
  });
}

async function passed(page: Page): Promise<void> {
  const verdict = page.getByTestId("verdict");
  await verdict.waitFor(WAIT);
  const state = await verdict.getAttribute("data-state");
  if (state !== "passed") throw new Error(`the explored program failed its check (${state})`);
}

export const explorerAppFigures: Benchmark<AppContext> = {
  name: "app-explorer",
  owner: "explorer",
  async measure({ browser, url }): Promise<Figure[]> {
    const { context, page } = await openApp(browser, url);
    try {
      await servePack(page);
      await page.goto(`${url}?pack=${PACK}/pack.json`);
      await page.waitForSelector(PYTHON_READY, WAIT);
      // The pack loads after the page opens: its link on the course map says it is there.
      await page.getByTestId("custom-pack").getByRole("link", { name: TITLE }).click(WAIT);
      await page.getByRole("heading", { level: 1, name: TITLE, exact: true }).waitFor(WAIT);
      await page.waitForSelector(EDITOR_READY, WAIT);
      const runs: number[] = [];
      const checks: number[] = [];
      for (let i = 0; i < REPS; i++) {
        runs.push(await timed(page, "Run", "idle"));
        checks.push(await timed(page, "Check", "idle"));
        await passed(page);
      }
      const run = median(runs);
      const check = median(checks);
      return [
        {
          id: "chromium.explorer-budget",
          label: `race explorer, ${EXPLORE_BUDGET} schedules of 4 threads x 10,000`,
          host: "chromium",
          value: check - run,
          unit: "ms",
          goal: { max: 5000 },
          note: `issue #15 item 7, production build: Check ${check.toFixed(0)} ms (one plain run + the schedules) minus Run ${run.toFixed(0)} ms, medians of ${REPS}`,
        },
      ];
    } finally {
      await context.close();
    }
  },
};
