/**
 * The Interleave CLI: `npm run -s interleave -- <command> ...`.
 *
 *   run FILE.py [FILE.py ...] [--seed N] [--cpus N] [--time-limit S] ... [--json]
 *                                                run programs on the virtual clock
 *   check EXERCISE_ID FILE.py [FILE.py ...] [--json]   judge solutions (cli/commands/check.ts)
 *   explore FILE.py [--schedules N] [--seed N] [--json]
 *                                                run it under N explored schedules, report outcomes
 *   validate [PATH ...]                          validate exercise packs (cli/commands/validate.ts)
 *   prepare                                      make the engine's snapshot now (cli/commands/prepare.ts;
 *                                                `npm install` runs it)
 *
 * A public contract: instructors test packs with it and the benchmarks use it.
 */
import { main as runMain, RUN_USAGE } from "./commands/run";
import { exitWhenFlushed } from "./exit";

const USAGE = `usage: npm run -s interleave -- <command>
  ${RUN_USAGE}
  check EXERCISE_ID FILE.py [FILE.py ...] [--json]
  explore FILE.py [--schedules N] [--seed N] [--json]
  validate [PATH ...] [--json] [--no-run]
  prepare`;

async function dispatch(argv: string[]): Promise<number> {
  const [command, ...rest] = argv;
  switch (command) {
    case "run":
      return runMain(rest);
    // Loaded only when used; named one by one so that a bundler sees exactly these.
    case "check":
      return (await import("./commands/check")).main(rest);
    case "explore":
      return (await import("./commands/explore")).main(rest);
    case "validate":
      return (await import("./commands/validate")).main(rest);
    case "prepare":
      return (await import("./commands/prepare")).main(rest);
    default:
      process.stderr.write(`${USAGE}\n`);
      return command === undefined || command === "help" || command === "--help" ? 0 : 2;
  }
}

dispatch(process.argv.slice(2)).then(exitWhenFlushed, (err: unknown) => {
  // A program cannot get here (its crashes are run results); this is the CLI's own failure.
  // One clear line; the stack only on request.
  const detail =
    err instanceof Error && process.env.INTERLEAVE_DEBUG ? (err.stack ?? err.message) : null;
  const message = err instanceof Error ? err.message : String(err);
  process.stderr.write(`interleave: ${detail ?? message}\n`);
  if (detail === null) process.stderr.write("(set INTERLEAVE_DEBUG=1 to see where it failed)\n");
  exitWhenFlushed(2);
});
