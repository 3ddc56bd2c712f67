/** One line under the console saying how the last run ended. Pure. */
import type { RunOutcome } from "../../store/slices/run";

/** Seconds with two decimals: virtual time is exact, so "2.00 s" means what it says. */
export function formatSeconds(seconds: number): string {
  return `${seconds.toFixed(2)} s`;
}

export function formatOutcome(outcome: RunOutcome): string {
  switch (outcome.kind) {
    case "finished": {
      const time = `${formatSeconds(outcome.elapsed)} of virtual time`;
      if (outcome.error) {
        const where = outcome.error.line === null ? "" : ` on line ${outcome.error.line}`;
        return `${outcome.error.type}${where} after ${time} (exit code ${outcome.exitCode})`;
      }
      return `Finished in ${time} (exit code ${outcome.exitCode})`;
    }
    case "stopped":
      return outcome.restarted
        ? "Stopped (Python was restarted to end the program)."
        : "Stopped (KeyboardInterrupt).";
    case "failed":
      return `The run failed: ${outcome.message}`;
  }
}
