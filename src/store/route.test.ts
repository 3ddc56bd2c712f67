import { describe, expect, it } from "vitest";
import { exerciseHash, exerciseIdFromHash } from "./route";

describe("route", () => {
  it("round-trips an exercise id through the hash", () => {
    expect(exerciseHash("gather-basics")).toBe("#/exercise/gather-basics");
    expect(exerciseIdFromHash(exerciseHash("a b/ü"))).toBe("a b/ü");
  });

  it("reads any other hash as no exercise", () => {
    expect(exerciseIdFromHash("")).toBeNull();
    expect(exerciseIdFromHash("#/")).toBeNull();
    expect(exerciseIdFromHash("#/exercise/")).toBeNull();
    expect(exerciseIdFromHash("#/exercise/%E0%A4%A")).toBeNull();
  });
});
