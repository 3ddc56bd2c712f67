/** One line under the console saying how the last run or check ended. Pure: strings come in as `text`. */
import type { RunOutcome } from "../../store/slices/run";
import { EN, type UiText } from "../i18n/ui-text";

/** A virtual duration in the unit that fits it (./duration.ts), in the learner's language. */
export function formatSeconds(seconds: number, text: UiText["console"] = EN.console): string {
  return text.seconds(seconds);
}

export function formatOutcome(outcome: RunOutcome, text: UiText["console"] = EN.console): string {
  switch (outcome.kind) {
    case "finished": {
      const time = text.seconds(outcome.elapsed);
      if (!outcome.error) return text.finished(time, outcome.exitCode);
      const { type, line } = outcome.error;
      // a stop of the runtime's in words; a Python exception by its class, as CPython names it
      const named = (text.stopKinds as Record<string, string | undefined>)[type] ?? type;
      return text.raised(named, line, time, outcome.exitCode);
    }
    case "checked":
      return outcome.failure !== null
        ? text.checkerFailed
        : text.checked(outcome.passed, text.seconds(outcome.elapsed));
    case "stopped":
      return outcome.restarted ? text.stoppedRestart : text.stoppedInterrupt;
    case "failed":
      return text.failed(outcome.message);
  }
}
