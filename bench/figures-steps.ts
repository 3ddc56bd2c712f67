/**
 * The step limit in Chromium against the production build (owner: steps, issue #8 item 4: an
 * endless loop is stopped within 5 s of real time): four busy loops, each run to StepLimit at the
 * default limit (RUN_DEFAULTS.stepLimit lines), timed from the click on Run to the frame after
 * the console shows the stopped run. The worst loop's median is the figure; the others are in
 * its note.
 */
import { RUN_DEFAULTS } from "../src/contract";
import { openApp, openFirstExercise, paste, timed, type AppContext } from "./app-page";
import { median, type Benchmark, type Figure } from "./table";

const lines = (...text: string[]): string => text.join("\n") + "\n";

/** Endless loops of the cheapest kinds per line: nothing in the body, a call, a recursion. */
const LOOPS: Record<string, string> = {
  "while True: pass": lines("while True:", "    pass"),
  "for over itertools.count()": lines(
    "import itertools",
    "for i in itertools.count():",
    "    pass",
  ),
  "a loop calling a function": lines(
    "def step(x):",
    "    return x + 1",
    "n = 0",
    "while True:",
    "    n = step(n)",
  ),
  "a recursive function, again and again": lines(
    "def depth(n):",
    "    return depth(n - 1) if n else 0",
    "while True:",
    "    depth(200)",
  ),
};
const REPS = 3;

export const stepsFigures: Benchmark<AppContext> = {
  name: "app-steps",
  owner: "steps",
  async measure({ browser, url }): Promise<Figure[]> {
    const { context, page } = await openApp(browser, url);
    await openFirstExercise(page); // an editor to paste in
    const results: { name: string; ms: number }[] = [];
    const limit = RUN_DEFAULTS.stepLimit.toLocaleString("en");
    for (const [name, code] of Object.entries(LOOPS)) {
      await paste(page, code);
      const times: number[] = [];
      for (let r = 0; r < REPS; r++) {
        times.push(await timed(page, "Run", "idle"));
        const shown = (await page.getByTestId("console-output").textContent()) ?? "";
        if (!shown.includes(`more than ${limit} lines`))
          throw new Error(`${name}: the run did not end at the step limit: ${shown.slice(-300)}`);
      }
      results.push({ name, ms: median(times) });
    }
    await context.close();
    const worst = results.reduce((a, b) => (b.ms > a.ms ? b : a));
    return [
      {
        id: "chromium.step-limit-worst",
        label: "endless loop to the step limit, worst loop",
        host: "chromium",
        value: worst.ms,
        unit: "ms",
        goal: { max: 5000 },
        note:
          `${limit} lines, median of ${REPS} each: ` +
          results.map((r) => `${r.name} ${r.ms.toFixed(0)}`).join(", "),
      },
    ];
  },
};
