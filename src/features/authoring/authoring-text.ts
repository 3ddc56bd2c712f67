/** The authoring page's text, per language of the registry (src/i18n). */
import { plural, type Translations } from "../../i18n";

const EN = {
  title: "Authoring",
  link: "Author",
  linkTitle: "Write or edit an exercise beside a live preview",
  startFrom: "Start from",
  template: "A new exercise (template)",
  source: "Exercise JSON",
  valid: "Valid: the preview shows it as learners will see it.",
  invalid: (n: number) => plural("en", n, { one: "One mistake:", other: "# mistakes:" }),
  cases: "Test cases",
  casesHelp:
    "Attempts with a header: # expect: pass or fail, # expect-hint: <hint id>, # expect-failing: <check id>.",
  addCase: "Add a case",
  removeCase: "Remove",
  caseName: "Case name",
  test: "Test solution, starter and cases",
  testing: (done: number, total: number) => `Testing ${done} of ${total}…`,
  download: "Download JSON",
  attempt: "Attempt",
  expected: "Expected",
  got: "Result",
  results: "Test results",
  failing: "Failing checks",
  hints: "Hints fired",
  pass: "pass",
  fail: "fail",
  ok: "as expected",
  preview: "Preview",
  noPreview: "Fix the mistakes to see the preview.",
};

/** Every language has every string (the type is English's shape). */
export const AUTHORING_TEXT: Translations<typeof EN> = {
  en: EN,
  ru: {
    title: "Редактор упражнений",
    link: "Редактор",
    linkTitle: "Написать или изменить упражнение рядом с живым предпросмотром",
    startFrom: "Начать с",
    template: "Новое упражнение (шаблон)",
    source: "JSON упражнения",
    valid: "Без ошибок: предпросмотр показывает его так, как увидят ученики.",
    invalid: (n: number) =>
      plural("ru", n, {
        one: "# ошибка:",
        few: "# ошибки:",
        many: "# ошибок:",
        other: "# ошибки:",
      }),
    cases: "Тестовые попытки",
    casesHelp:
      "Попытки с заголовком: # expect: pass или fail, # expect-hint: <id подсказки>, # expect-failing: <id проверки>.",
    addCase: "Добавить попытку",
    removeCase: "Убрать",
    caseName: "Имя попытки",
    test: "Проверить решение, заготовку и попытки",
    testing: (done: number, total: number) => `Проверяется ${done} из ${total}…`,
    download: "Скачать JSON",
    attempt: "Попытка",
    expected: "Ожидается",
    got: "Итог",
    results: "Результаты проверки",
    failing: "Не прошли",
    hints: "Сработали подсказки",
    pass: "проходит",
    fail: "не проходит",
    ok: "как ожидалось",
    preview: "Предпросмотр",
    noPreview: "Исправьте ошибки, чтобы увидеть предпросмотр.",
  },
};
