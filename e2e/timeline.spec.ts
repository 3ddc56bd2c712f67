/**
 * The timeline in the production build: a row per process, thread and task after a run (threads,
 * tasks and a process pool), details
 * on keyboard focus, and the deadlock drawn. Screenshots land in test-results/screenshots/.
 */
import { expect, test } from "./fixtures";

const THREADS =
  "import threading, time\n" +
  "def work(n): time.sleep(n); print(f'worker {n} done')\n" +
  "threads = [threading.Thread(target=work, args=(n,)) for n in (1, 2, 3)]\n" +
  "for t in threads: t.start()\n" +
  "for t in threads: t.join()\n" +
  "print('all done')\n";

// One-line bodies: the editor indents typed lines itself.
const PROCESSES =
  "import multiprocessing, time\n" +
  "def square(n): time.sleep(0.1); return n * n\n" +
  "def main(): pool = multiprocessing.Pool(2); print(pool.map(square, [1, 2, 3, 4])); pool.terminate()\n" +
  "if __name__ == '__main__': main()\n";

const DEADLOCK =
  "import threading, time\n" +
  "a = threading.Lock(); b = threading.Lock()\n" +
  "def one(): a.acquire(); time.sleep(0.1); b.acquire()\n" +
  "def two(): b.acquire(); time.sleep(0.1); a.acquire()\n" +
  "t1 = threading.Thread(target=one); t2 = threading.Thread(target=two)\n" +
  "t1.start(); t2.start(); t1.join(); t2.join()\n";

const ASYNC =
  "import asyncio\n" +
  "async def job(n): await asyncio.sleep(n); print(n)\n" +
  "async def main(): await asyncio.gather(job(1), job(2))\n" +
  "asyncio.run(main())\n";

test("after a run, the timeline shows a row per process, thread and task", async ({
  app,
  exercise,
}) => {
  await app.goto();
  await app.openExercise("Start threads, then join them");
  await app.waitForPython();
  const { timeline } = exercise;
  await expect(timeline.root).toHaveAttribute("data-state", "empty");

  await exercise.replaceCode(THREADS);
  expect(await exercise.run()).toBe("finished");
  await timeline.waitForTrace();
  await expect(timeline.rows).toHaveCount(5);
  await expect(timeline.row("MainProcess (process)")).toBeVisible();
  await expect(timeline.row("MainThread (thread)")).toBeVisible();
  for (const n of [1, 2, 3])
    await expect(timeline.row(`Thread-${n} (work) (thread)`)).toBeVisible();

  // Keyboard: focus a lane, step to its first event, read the details.
  await timeline.row("Thread-3 (work) (thread)").focus();
  await exercise.page.keyboard.press("Home");
  await expect(timeline.details).toBeVisible();
  await expect(timeline.details).toContainText("Thread-3 (work) (thread)");
  // Step right through the lane's events (it is ready, then runs for a moment) to its sleep.
  await expect(async () => {
    await exercise.page.keyboard.press("ArrowRight");
    await expect(timeline.details).toContainText("blocked: sleep", { timeout: 2_000 });
  }).toPass({ timeout: 30_000 });
  await timeline.root.screenshot({ path: "test-results/screenshots/timeline-threads.png" });
  // Focus elsewhere (Tab out, a dialog) hides the details; back in the lane, they are there again.
  await exercise.page.keyboard.press("Tab");
  await expect(timeline.details).toBeHidden();
  await exercise.page.keyboard.press("Shift+Tab");
  await expect(timeline.details).toContainText("blocked: sleep");

  await exercise.replaceCode(ASYNC);
  expect(await exercise.run()).toBe("finished");
  await timeline.waitForTrace();
  await expect(timeline.row("Task-1 (task)")).toBeVisible();
  await expect(timeline.row("Task-2 (task)")).toBeVisible();
  await expect(timeline.row("Task-3 (task)")).toBeVisible();

  // Processes: each holds its own threads, named as CPython names them, no lane twice.
  await exercise.replaceCode(PROCESSES);
  expect(await exercise.run()).toBe("finished");
  await timeline.waitForTrace();
  await expect(timeline.row("ForkServerPoolWorker-2 (process)")).toBeVisible();
  const names = await timeline.rows.evaluateAll((rows) =>
    rows.map((row) => row.getAttribute("aria-label")),
  );
  expect(names).toEqual([
    "MainProcess (process)",
    "MainThread (thread)",
    "Thread-3 (_handle_results) (thread)",
    "ForkServerPoolWorker-1 (process)",
    "MainThread (thread)",
    "ForkServerPoolWorker-2 (process)",
    "MainThread (thread)",
  ]);
  await timeline.root.screenshot({ path: "test-results/screenshots/timeline-processes.png" });
});

test("a deadlock is drawn on the lanes it stopped", async ({ app, exercise }) => {
  await app.goto();
  await app.openExercise("Start threads, then join them");
  await app.waitForPython();
  await exercise.replaceCode(DEADLOCK);
  expect(await exercise.run()).toBe("finished");
  const { timeline } = exercise;
  await timeline.waitForTrace();
  await expect(timeline.root.getByRole("alert")).toContainText("Deadlock at");
  await expect(
    timeline.rows.filter({ has: exercise.page.getByText("Thread-1 (one)", { exact: true }) }),
  ).toHaveAttribute("data-deadlocked", "");
  await timeline.root.screenshot({ path: "test-results/screenshots/timeline-deadlock.png" });
});

test("after a check, the timeline shows the checked program's tasks", async ({ app, exercise }) => {
  await app.goto();
  await app.openExercise("Three downloads at once");
  await app.waitForPython();
  // The starter code: one task awaiting the downloads one after another.
  expect(await exercise.check()).toBe("checked");
  await exercise.timeline.waitForTrace();
  await expect(exercise.timeline.root).toContainText("The main run of the last check");
  await expect(exercise.timeline.rows).toHaveCount(3);
  await expect(exercise.timeline.row("Task-1 (task)")).toBeVisible();
  await exercise.timeline.root.screenshot({ path: "test-results/screenshots/timeline-check.png" });
});
