import { describe, expect, it } from "vitest";
import { judge, type Expected } from "./fidelity";

const exp: Expected = { outputs: ["a\nb\n"], exit: 0, unordered: false, elapsed: 1.0 };

describe("judge", () => {
  it("accepts an output CPython printed, within the time tolerance", () => {
    expect(judge(exp, { stdout: "a\nb\n", exitCode: 0, elapsed: 1.09 })).toBeNull();
  });
  it("rejects another order unless the case is unordered", () => {
    expect(judge(exp, { stdout: "b\na\n", exitCode: 0, elapsed: 1 })).toMatch(/stdout differs/);
    expect(
      judge({ ...exp, unordered: true }, { stdout: "b\na\n", exitCode: 0, elapsed: 1 }),
    ).toBeNull();
  });
  it("rejects a wrong exit code and a wrong elapsed time", () => {
    expect(judge(exp, { stdout: "a\nb\n", exitCode: 1, elapsed: 1 })).toMatch(/exit code 1/);
    expect(judge(exp, { stdout: "a\nb\n", exitCode: 0, elapsed: 1.2 })).toMatch(/elapsed 1.2/);
    expect(
      judge({ ...exp, elapsed: 0.1 }, { stdout: "a\nb\n", exitCode: 0, elapsed: 0.15 }),
    ).toBeNull();
  });
  it("ignores time for cases recorded without timing", () => {
    expect(
      judge({ ...exp, elapsed: null }, { stdout: "a\nb\n", exitCode: 0, elapsed: 99 }),
    ).toBeNull();
  });
});
