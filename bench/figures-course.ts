/**
 * Check to verdict for every exercise of the course, in Chromium against the production build
 * (owner: startup, for issue #14 item 1): each exercise's reference solution is pasted and
 * checked, timed from the click on Check to the frame after the verdict is shown, the race
 * explorer's schedules included. Median and worst over the course.
 */
import { loadPack, localize } from "../src/exercises";
import { DEFAULT_PACK_DIR, readPackFiles } from "../src/exercises/node";
import {
  PYTHON_READY,
  WAIT,
  openApp,
  openExercise,
  paste,
  timed,
  type AppContext,
} from "./app-page";
import { median, type Benchmark, type Figure } from "./table";

/** Exercises checked in one page before it is reloaded (a new worker; see e2e/course.spec.ts). */
const RELOAD_EVERY = 8;

export const courseFigures: Benchmark<AppContext> = {
  name: "app-course",
  owner: "startup",
  async measure({ browser, url }): Promise<Figure[]> {
    const pack = loadPack(readPackFiles(DEFAULT_PACK_DIR));
    const { context, page } = await openApp(browser, url);
    const checks: { id: string; ms: number }[] = [];
    for (const [index, exercise] of pack.exercises.entries()) {
      if (index > 0 && index % RELOAD_EVERY === 0) {
        await page.reload();
        await page.waitForSelector(PYTHON_READY, WAIT);
      }
      await openExercise(page, exercise.id, localize(exercise.title, "en"));
      await paste(page, localize(exercise.solution, "en"));
      checks.push({ id: exercise.id, ms: await timed(page, "Check", "idle") });
    }
    await context.close();
    const worst = checks.reduce((a, b) => (b.ms > a.ms ? b : a));
    const slowest = [...checks]
      .sort((a, b) => b.ms - a.ms)
      .slice(0, 5)
      .map((c) => `${c.id} ${c.ms.toFixed(0)}`)
      .join(", ");
    return [
      {
        id: "chromium.check-median",
        label: `Check to verdict, median of ${checks.length} exercises`,
        host: "chromium",
        value: median(checks.map((c) => c.ms)),
        unit: "ms",
        goal: { max: 300 },
        note: "reference solutions, explorer included, one check each",
      },
      {
        id: "chromium.check-worst",
        label: "Check to verdict, worst exercise",
        host: "chromium",
        value: worst.ms,
        unit: "ms",
        goal: { max: 1000 },
        note: `slowest: ${slowest}`,
      },
    ];
  },
};
