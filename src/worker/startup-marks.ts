/**
 * Named marks of the Python worker's start-up on the worker's own performance timeline, so a
 * benchmark (bench/figures-startup.ts) can say what the time to "Python ready" is made of: fetching
 * and compiling Pyodide, loading it, installing and warming up the runtime, making or reading the
 * snapshot, restoring and sealing the interpreter. They cost nothing the learner notices and are
 * read only by tools (Playwright's `worker.evaluate`); the app never reads a clock from them.
 */

/** Every mark's name starts with this. */
export const MARK_PREFIX = "interleave:";

export function mark(name: string): void {
  performance.mark(`${MARK_PREFIX}${name}`);
}

/** Runs `work` between the marks `<name>:start` and `<name>:end` (the end even if it fails). */
export async function marked<T>(name: string, work: () => Promise<T>): Promise<T> {
  mark(`${name}:start`);
  try {
    return await work();
  } finally {
    mark(`${name}:end`);
  }
}
