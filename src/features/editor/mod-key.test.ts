import { describe, expect, it } from "vitest";
import { modKeyOf } from "./mod-key";

describe("modKeyOf", () => {
  it("is Cmd on Apple systems and Ctrl elsewhere", () => {
    expect(["MacIntel", "macOS", "iPhone", "iPad"].map(modKeyOf)).toEqual([
      "Cmd",
      "Cmd",
      "Cmd",
      "Cmd",
    ]);
    expect(["Win32", "Windows", "Linux x86_64", "Android", ""].map(modKeyOf)).toEqual([
      "Ctrl",
      "Ctrl",
      "Ctrl",
      "Ctrl",
      "Ctrl",
    ]);
  });
});
