import { describe, expect, it } from "vitest";
import { languagesOf, localize } from "./localize";

describe("localize", () => {
  it("returns a plain string for every language", () => {
    expect(localize("Hello", "ru")).toBe("Hello");
  });
  it("picks the requested language, then the base language, then English", () => {
    const text = { en: "Hello", ru: "Привет", pt: "Olá" };
    expect(localize(text, "ru")).toBe("Привет");
    expect(localize(text, "pt-BR")).toBe("Olá");
    expect(localize(text, "de")).toBe("Hello");
  });
  it("lists the languages given", () => {
    expect(languagesOf({ en: "a", ru: "b" })).toEqual(["en", "ru"]);
    expect(languagesOf("a")).toEqual(["en"]);
  });
});
