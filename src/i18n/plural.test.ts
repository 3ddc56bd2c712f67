import { describe, expect, it } from "vitest";
import { browserLang, isLang, LANGS, resolveLang } from "./languages";
import { plural } from "./plural";

const checksFailed = {
  en: { one: "# check failed", other: "# checks failed" },
  ru: { one: "# проверка не прошла", few: "# проверки не прошли", other: "# проверок не прошло" },
};

describe("plural", () => {
  it("uses English's one/other", () => {
    expect([1, 3, 21].map((n) => plural("en", n, checksFailed.en))).toEqual([
      "1 check failed",
      "3 checks failed",
      "21 checks failed",
    ]);
  });

  it("uses Russian's one/few/many", () => {
    expect([1, 2, 5, 11, 21, 22, 25].map((n) => plural("ru", n, checksFailed.ru))).toEqual([
      "1 проверка не прошла",
      "2 проверки не прошли",
      "5 проверок не прошло",
      "11 проверок не прошло",
      "21 проверка не прошла",
      "22 проверки не прошли",
      "25 проверок не прошло",
    ]);
  });
});

describe("the language registry", () => {
  it("resolves tags to a registered language, English otherwise", () => {
    expect(LANGS).toEqual(["en", "ru"]);
    expect(resolveLang("ru-RU")).toBe("ru");
    expect(resolveLang("RU")).toBe("ru");
    expect(resolveLang("de")).toBe("en");
    expect(isLang("ru")).toBe(true);
    expect(isLang("toString")).toBe(false);
  });

  it("starts a first visit in the first preferred language it speaks", () => {
    expect(browserLang(["ru-RU", "en-US"])).toBe("ru");
    expect(browserLang(["de-DE", "ru", "en"])).toBe("ru");
    expect(browserLang(["en-GB", "ru"])).toBe("en");
    expect(browserLang(["de", "fr"])).toBe("en");
    expect(browserLang([])).toBe("en");
  });
});
