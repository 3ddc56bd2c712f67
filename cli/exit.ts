/**
 * Ends the CLI with `code` once everything it wrote has left the process. Writes to a pipe are
 * asynchronous in Node, and `process.exit` does not wait for them: `interleave run --json` of a
 * chatty program piped into another tool was cut at 128 KB. A stream's `writableLength` counts
 * its bytes until the system has taken them; an empty write's callback did not wait for the
 * bytes before it (the output was then cut at 64 KB), so this looks until both streams are empty.
 */
const LOOK_EVERY_MS = 5;

export function exitWhenFlushed(code: number): void {
  process.exitCode = code;
  const flushed = (): boolean =>
    process.stdout.writableLength === 0 && process.stderr.writableLength === 0;
  if (flushed()) process.exit(code);
  const timer = setInterval(() => {
    if (!flushed()) return;
    clearInterval(timer);
    process.exit(code);
  }, LOOK_EVERY_MS);
}
