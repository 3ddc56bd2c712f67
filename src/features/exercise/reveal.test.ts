import { describe, expect, it } from "vitest";
import { revealDelta } from "./reveal";

describe("revealDelta", () => {
  it("does not scroll when the result's start is already on screen", () => {
    expect(revealDelta(300, 500, 800, 160)).toBe(0);
    expect(revealDelta(0, 40, 800, 160)).toBe(0);
  });

  it("scrolls down just enough to show the result's first pixels", () => {
    // 760 + 160 - 800 = 120 pixels below the fold, plus the margin.
    expect(revealDelta(760, 400, 800, 160)).toBe(132);
    // A short result needs only its own height.
    expect(revealDelta(780, 50, 800, 160)).toBe(42);
    // Entirely below the fold.
    expect(revealDelta(1500, 300, 844, 160)).toBe(1500 + 160 - 844 + 12);
  });

  it("scrolls up when the result starts above the viewport", () => {
    expect(revealDelta(-200, 600, 800, 160)).toBe(-212);
  });

  it("never asks for more than fits in a tiny viewport", () => {
    expect(revealDelta(300, 1000, 100, 160)).toBe(300 + 76 - 100 + 12);
  });
});
