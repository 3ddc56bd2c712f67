import { describe, expect, it } from "vitest";
import { DURATION_UNITS_RU, formatDuration } from "./duration";

describe("formatDuration", () => {
  it("uses seconds from one second up, with two decimals", () => {
    expect(formatDuration(6.046)).toBe("6.05 s");
    expect(formatDuration(1)).toBe("1.00 s");
  });

  it("uses milliseconds under a second, never 0.00 s", () => {
    expect(formatDuration(0.0032)).toBe("3.2 ms");
    expect(formatDuration(0.5)).toBe("500 ms");
    expect(formatDuration(0.12345)).toBe("123 ms");
    expect(formatDuration(0.99996)).toBe("1.00 s");
  });

  it("uses microseconds under a millisecond, and a plain zero", () => {
    expect(formatDuration(0.000045)).toBe("45 µs");
    expect(formatDuration(0)).toBe("0 s");
    expect(formatDuration(Number.NaN)).toBe("0 s");
  });

  it("names the units in the learner's language", () => {
    expect(formatDuration(0.0032, DURATION_UNITS_RU)).toBe("3.2 мс");
    expect(formatDuration(2, DURATION_UNITS_RU)).toBe("2.00 с");
  });
});
