import { describe, expect, it } from "vitest";
import { scheduleSeeds } from "./seeds";

describe("scheduleSeeds", () => {
  it("starts with the exercise's seed and gives distinct seeds", () => {
    const seeds = scheduleSeeds(7, 20);
    expect(seeds[0]).toBe(7);
    expect(new Set(seeds).size).toBe(20);
    for (const seed of seeds)
      expect(seed >= 0 && seed < 2 ** 31 && Number.isInteger(seed)).toBe(true);
  });

  it("is the same every time and differs between base seeds", () => {
    expect(scheduleSeeds(1, 5)).toEqual(scheduleSeeds(1, 5));
    expect(scheduleSeeds(1, 5).slice(1)).not.toEqual(scheduleSeeds(2, 5).slice(1));
  });
});
