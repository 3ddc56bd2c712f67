import { describe, expect, it } from "vitest";
import { MARK, ModuleOutcomes, passRate, tally } from "./outcomes";

const line = (kind: string, id: string, message: string | null = null): string =>
  `${MARK}${JSON.stringify({ kind, id, message })}`;

describe("ModuleOutcomes", () => {
  it("settles tests from the driver's lines and ignores the tests' own output", () => {
    const m = new ModuleOutcomes();
    for (const l of [
      line("start", "a"),
      "some output of test a",
      line("passed", "a"),
      line("start", "b"),
      line("skipped", "b", "needs sockets"),
      line("end", "mod"),
    ])
      m.feed(l);
    expect(m.ended).toBe(true);
    expect(m.inFlight).toBeNull();
    expect(tally(m.outcomes())).toEqual({ passed: 1, failed: 0, skipped: 1 });
  });

  it("keeps the test a run ended in, and a failed subtest is not undone by the test's end", () => {
    const m = new ModuleOutcomes();
    for (const l of [line("start", "a"), line("failed", "a", "subtest"), line("passed", "a")])
      m.feed(l);
    m.feed(line("start", "b"));
    expect(m.outcomes()).toEqual([{ id: "a", status: "failed", message: "subtest" }]);
    expect(m.inFlight).toBe("b");
    expect(m.done()).toEqual(["a"]);
  });

  it("refuses a line it does not know", () => {
    expect(() => new ModuleOutcomes().feed(line("maybe", "a"))).toThrow(/unknown yardstick line/);
  });
});

describe("passRate", () => {
  it("counts passed over passed and failed; skipped tests are not applicable", () => {
    expect(passRate({ passed: 95, failed: 5, skipped: 40 })).toBe(95);
    expect(passRate({ passed: 0, failed: 0, skipped: 3 })).toBe(100);
  });
});
