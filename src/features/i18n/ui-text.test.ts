import { describe, expect, it } from "vitest";
import { LANGS } from "../../i18n";
import { UI_TEXT } from "./ui-text";

/** Paths of every leaf string or function in a strings object. */
function leaves(value: unknown, path = ""): string[] {
  if (typeof value === "string" || typeof value === "function") return [path];
  if (typeof value !== "object" || value === null) return [];
  return Object.entries(value).flatMap(([key, child]) => leaves(child, `${path}.${key}`));
}

describe("UI strings", () => {
  it("exist for every language the picker offers, with the same keys as English", () => {
    for (const code of LANGS) {
      expect(leaves(UI_TEXT[code]).sort()).toEqual(leaves(UI_TEXT.en).sort());
    }
  });

  it("have no empty string in any language", () => {
    for (const code of LANGS) {
      const walk = (value: unknown): string[] =>
        typeof value === "string"
          ? [value]
          : typeof value === "object" && value !== null
            ? Object.values(value).flatMap(walk)
            : [];
      expect(walk(UI_TEXT[code]).filter((text) => text.trim() === "")).toEqual([]);
    }
  });

  it("count with each language's plural rules", () => {
    expect([1, 3].map((n) => UI_TEXT.en.verdict.failed(0, n))).toEqual([
      "0 of 1 check passed",
      "0 of 3 checks passed",
    ]);
    expect([1, 2, 5].map((n) => UI_TEXT.ru.verdict.failed(n, 7))).toEqual([
      "Пройдена 1 проверка из 7",
      "Пройдены 2 проверки из 7",
      "Пройдено 5 проверок из 7",
    ]);
    // Russian has three forms; 21 takes the singular's ("21 упражнения" after "из").
    expect([1, 2, 5, 21].map((n) => UI_TEXT.ru.course.overall(0, n))).toEqual([
      "Решено 0 из 1 упражнения",
      "Решено 0 из 2 упражнений",
      "Решено 0 из 5 упражнений",
      "Решено 0 из 21 упражнения",
    ]);
    expect([1, 2, 5, 21].map((n) => UI_TEXT.ru.saving.importSummary(0, 0, n))).toEqual([
      "Добавлено из файла: 1 новое решённое упражнение.",
      "Добавлено из файла: 2 новых решённых упражнения.",
      "Добавлено из файла: 5 новых решённых упражнений.",
      "Добавлено из файла: 21 новое решённое упражнение.",
    ]);
    expect([1, 2, 21].map((n) => UI_TEXT.en.course.overall(0, n))).toEqual([
      "0 of 1 exercise solved",
      "0 of 2 exercises solved",
      "0 of 21 exercises solved",
    ]);
    expect([1, 3, 5].map((n) => UI_TEXT.ru.app.loadErrors(n))).toEqual([
      "Не удалось загрузить 1 файл упражнения:",
      "Не удалось загрузить 3 файла упражнений:",
      "Не удалось загрузить 5 файлов упражнений:",
    ]);
  });
});
