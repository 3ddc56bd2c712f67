/**
 * Vitest config: unit tests beside their modules in src/, the Python runtime's tests in runtime/,
 * and the CLI's in cli/, the build scripts' in scripts/. Tests that load Pyodide need JSPI stack switching, which Node 20 enables
 * only with a command-line flag (refused in NODE_OPTIONS), hence forked workers with execArgv.
 */
import { readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { availableParallelism } from "node:os";
import { defineConfig } from "vitest/config";
import { BaseSequencer, type TestSpecification } from "vitest/node";

const CONTENT_DIR = "/src/checker/content/";
const EXERCISES_DIR = new URL("exercises/", import.meta.url).pathname;

/** Every object below `value` whose `kind` is "schedules" (an explored-schedules check). */
function scheduleChecks(value: unknown): { count?: unknown }[] {
  if (typeof value !== "object" || value === null) return [];
  const own = (value as { kind?: unknown }).kind === "schedules" ? [value] : [];
  return [...own, ...Object.values(value).flatMap(scheduleChecks)];
}

/**
 * A content test file's rough cost: for each exercise under exercises/<module>/, its checks (the
 * reference twice, the starter, each case in <id>.cases/) times the runs a check of it makes (one,
 * plus one per explored schedule). Only the order of the files depends on it.
 */
function contentCost(module: string): number {
  try {
    const dir = join(EXERCISES_DIR, module);
    return readdirSync(dir)
      .filter((name) => name.endsWith(".json"))
      .reduce((sum, name) => {
        const exercise: unknown = JSON.parse(readFileSync(join(dir, name), "utf8"));
        const runs = scheduleChecks(exercise).reduce(
          (n, check) => n + (typeof check.count === "number" ? check.count : 1),
          1,
        );
        let cases = 0;
        try {
          cases = readdirSync(join(dir, name.replace(/\.json$/, ".cases"))).length;
        } catch {
          // no cases
        }
        return sum + (cases + 3) * runs;
      }, 0);
  } catch {
    return 0;
  }
}

/**
 * Vitest's own order puts files it has no timings for (every file, on a fresh clone as CI runs)
 * largest first; the content test files (src/checker/content/) are one line each but hold most of
 * the suite's run time. With two workers pulling from one queue, a long file started last leaves
 * one core idle to the end, so these go first, the costliest module first.
 */
class ContentFirstSequencer extends BaseSequencer {
  override async sort(files: TestSpecification[]): Promise<TestSpecification[]> {
    const sorted = await super.sort(files);
    const weight = (spec: TestSpecification): number => {
      const at = spec.moduleId.indexOf(CONTENT_DIR);
      if (at < 0) return -1;
      return contentCost(spec.moduleId.slice(at + CONTENT_DIR.length).replace(/\.test\.ts$/, ""));
    };
    const weights = new Map(sorted.map((spec) => [spec, weight(spec)]));
    // Array.prototype.sort is stable: files outside content/ keep Vitest's order.
    return sorted.sort((a, b) => (weights.get(b) ?? -1) - (weights.get(a) ?? -1));
  }
}

export default defineConfig({
  test: {
    include: [
      "src/**/*.test.ts",
      "runtime/**/*.test.ts",
      "cli/**/*.test.ts",
      "scripts/**/*.test.ts",
    ],
    environment: "node",
    pool: "forks",
    execArgv: ["--experimental-wasm-stack-switching"],
    // Vitest's default is one worker fewer than the cores: a single worker on CI's two cores. The
    // tests are single-threaded (Pyodide), so one worker per core keeps both busy.
    maxWorkers: availableParallelism(),
    sequence: { sequencer: ContentFirstSequencer },
    // Hang guards, not speed limits (speed is measured by `npm run bench`). A Pyodide load takes
    // ~3 s in Node and tests may load it several times; on this 2-core machine shared by a dozen
    // busy processes, a content check that takes 10 s alone took over 120 s.
    testTimeout: 600_000,
    hookTimeout: 600_000,
  },
});
