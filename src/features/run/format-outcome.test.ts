import { describe, expect, it } from "vitest";
import { UI_TEXT } from "../i18n/ui-text";
import { formatOutcome, formatSeconds } from "./format-outcome";

describe("formatOutcome", () => {
  it("shows the virtual time and exit code of a clean run", () => {
    expect(formatOutcome({ kind: "finished", elapsed: 2, exitCode: 0, error: null })).toBe(
      "Finished in 2.00 s of virtual time (exit code 0)",
    );
  });

  it("names the exception and the learner's line", () => {
    const error = {
      type: "ZeroDivisionError",
      message: "division by zero",
      line: 3,
      traceback: "",
    };
    expect(formatOutcome({ kind: "finished", elapsed: 0.5, exitCode: 1, error })).toBe(
      "ZeroDivisionError on line 3 after 500 ms of virtual time (exit code 1)",
    );
    expect(
      formatOutcome({ kind: "finished", elapsed: 0, exitCode: 1, error: { ...error, line: null } }),
    ).toBe("ZeroDivisionError after 0 s of virtual time (exit code 1)");
  });

  it("names a stop of the runtime's in words, and a program's own KeyboardInterrupt as Python does", () => {
    const stop = { type: "StepLimit", message: "", line: 1, traceback: "" };
    expect(formatOutcome({ kind: "finished", elapsed: 0.025, exitCode: 1, error: stop })).toBe(
      "Step limit reached on line 1 after 25 ms of virtual time (exit code 1)",
    );
    const deadlock = { ...stop, type: "Deadlock", line: 7 };
    expect(
      formatOutcome(
        { kind: "finished", elapsed: 0.2, exitCode: 1, error: deadlock },
        UI_TEXT.ru.console,
      ),
    ).toBe("Взаимная блокировка в строке 7 через 200 мс виртуального времени (код выхода 1)");
    const raised = { ...stop, type: "KeyboardInterrupt", line: 3 };
    expect(formatOutcome({ kind: "finished", elapsed: 0, exitCode: 1, error: raised })).toBe(
      "KeyboardInterrupt on line 3 after 0 s of virtual time (exit code 1)",
    );
  });

  it("tells an interrupt from a restart, and shows failures", () => {
    expect(formatOutcome({ kind: "stopped", restarted: false })).toBe(
      "Stopped (KeyboardInterrupt).",
    );
    expect(formatOutcome({ kind: "stopped", restarted: true })).toBe(
      "Stopped (Python was restarted to end the program).",
    );
    expect(formatOutcome({ kind: "failed", message: "boom" })).toBe("The run failed: boom");
  });

  it("says whether a check passed and how long its main run took", () => {
    const checked = { kind: "checked", exitCode: 0, error: null, failure: null } as const;
    expect(formatOutcome({ ...checked, passed: true, elapsed: 3 })).toBe(
      "Check passed: the program ran for 3.00 s of virtual time",
    );
    expect(formatOutcome({ ...checked, passed: false, elapsed: 6.05 })).toBe(
      "Check failed: the program ran for 6.05 s of virtual time",
    );
    expect(formatOutcome({ ...checked, passed: false, elapsed: 0, failure: "boom" })).toBe(
      "The checker could not finish; see the check results.",
    );
  });

  it("speaks the learner's language", () => {
    expect(
      formatOutcome({ kind: "finished", elapsed: 2, exitCode: 0, error: null }, UI_TEXT.ru.console),
    ).toBe("Завершено за 2.00 с виртуального времени (код выхода 0)");
  });

  it("shows seconds with two decimals, and a short run in milliseconds", () => {
    expect(formatSeconds(10.004)).toBe("10.00 s");
    expect(formatSeconds(0.0032)).toBe("3.2 ms");
  });
});
