import { describe, expect, it } from "vitest";
import { authoringFromHash, authoringHash } from "./route";

describe("authoring route", () => {
  it("reads the page and the exercise it starts from", () => {
    expect(authoringFromHash("#/author")).toEqual({ from: null });
    expect(authoringFromHash(authoringHash("gather-basics"))).toEqual({ from: "gather-basics" });
    expect(authoringFromHash("#/exercise/gather-basics")).toBeNull();
    expect(authoringFromHash("#/authors")).toBeNull();
  });
});
