/**
 * Texts the checker writes into verdicts (titles it generates, expected/actual phrases), one
 * table per language of the registry (src/i18n): a language added there is a compile error here
 * until translated; a tag the registry does not know gets English. Exercise-given texts are
 * localised by the exercise itself. Counts use the language's plural rules; where a count is
 * a bound written by the author ("задач: от 2 до 4") it follows a colon instead.
 */
import { plural, resolveLang, type Translations } from "../i18n";
import type { LaneKind } from "./trace";

export interface Bounds {
  min?: number;
  max?: number;
  equals?: number;
}

export interface Messages {
  seconds(value: number): string;
  bounds(b: Bounds): string;
  /** The lanes' noun, in the form its count takes (English: "1 thread", "2 threads"). */
  lanes(kind: LaneKind, count: number): string;
  output: {
    exact: string;
    normalised: string;
    contains(text: string): string;
    notContains(text: string): string;
    regex(pattern: string): string;
    unordered: string;
    nothing: string;
    /** Closes a long output cut short: how many more lines it had. */
    more(lines: number): string;
    found: string;
    notFound: string;
    missing(lines: string[]): string;
    extra(lines: string[]): string;
  };
  order: {
    title(sequence: readonly string[]): string;
    missing(pattern: string): string;
    outOfOrder(early: { line: number; text: string }, late: { line: number; text: string }): string;
    ok: string;
  };
  exitStatus(code: number): string;
  error: {
    none: string;
    type(type: string): string;
    titleNone: string;
    titleType(type: string): string;
  };
  elapsed: { title(expected: string): string; near(near: number, tolerance: number): string };
  peak: {
    title(kind: LaneKind, blocked: readonly string[] | undefined, bounds: Bounds): string;
    at(t: number): string;
  };
  created: { title(kind: LaneKind, bounds: Bounds): string };
  loop: {
    titleNever: string;
    titleAllowed(seconds: string): string;
    titleExpected: string;
    never: string;
    blocked(
      longest: string,
      at: string,
      detail: string | null,
      count: number,
      total: string,
    ): string;
  };
  deadlock: { titleNone: string; titleExpected: string; none: string; happened: string };
  code: {
    title(rule: "use" | "avoid", what: string, inside: string | undefined, min: number): string;
    what(name: string | undefined, construct: string | undefined, call: boolean): string;
    inside: Record<"async-def" | "def" | "loop" | "module", string>;
    notUsed: string;
    usedAt(lines: number[]): string;
    syntaxError(message: string, line: number | null): string;
  };
  tests: {
    title: string;
    allPass(n: number): string;
    /** Expected, when the run stopped before its tests: how many there are is not known. */
    runAndPass: string;
    failed(failed: number, total: number): string;
    didNotRun(reason: string): string;
    /** The hint when the tests use names the program does not define. */
    missingNames(names: readonly string[]): string;
  };
  schedules: {
    title(count: number): string;
    all(count: number): string;
    failedOn(seed: number, schedule: number, count: number): string;
    some(count: number): string;
    passedOn(seed: number, schedule: number): string;
    noneOf(count: number): string;
  };
  checkerFailed(reason: string): string;
}

const trimQuote = (text: string) =>
  JSON.stringify(text.length > 60 ? `${text.slice(0, 57)}...` : text);
const lineList = (lines: string[]) => lines.map(trimQuote).join(", ");
/** The number a bound's noun agrees with: "at least 1 thread", "between 2 and 4 threads". */
const boundCount = ({ min, max, equals }: Bounds) => equals ?? max ?? min ?? 0;

const en: Messages = {
  seconds: (value) => `${value.toFixed(2)} s`,
  bounds: ({ min, max, equals }) =>
    equals !== undefined
      ? `exactly ${equals}`
      : min !== undefined && max !== undefined
        ? `between ${min} and ${max}`
        : min !== undefined
          ? `at least ${min}`
          : `at most ${max ?? 0}`,
  lanes: (kind, count) =>
    plural(
      "en",
      count,
      {
        task: { one: "task", other: "tasks" },
        thread: { one: "thread", other: "threads" },
        process: { one: "process", other: "processes" },
      }[kind],
    ),
  output: {
    exact: "Output is exactly as expected",
    normalised: "Output is as expected (ignoring spacing)",
    contains: (text) => `Output contains ${trimQuote(text)}`,
    notContains: (text) => `Output does not contain ${trimQuote(text)}`,
    regex: (pattern) => `Output matches /${pattern}/`,
    unordered: "Output has the expected lines, in any order",
    nothing: "(no output)",
    more: (n) => `… ${plural("en", n, { one: "# more line", other: "# more lines" })}`,
    found: "found",
    notFound: "not found",
    missing: (lines) => `missing: ${lineList(lines)}`,
    extra: (lines) => `unexpected: ${lineList(lines)}`,
  },
  order: {
    title: (sequence) => `Output lines come in order: ${sequence.map(trimQuote).join(" → ")}`,
    missing: (pattern) => `no line matches ${trimQuote(pattern)}`,
    outOfOrder: (early, late) =>
      `line ${late.line} ${trimQuote(late.text)} comes before line ${early.line} ${trimQuote(early.text)}`,
    ok: "in order",
  },
  exitStatus: (code) => `exit status ${code}`,
  error: {
    none: "no exception",
    type: (type) => type,
    titleNone: "Ends without an exception",
    titleType: (type) => `Raises ${type}`,
  },
  elapsed: {
    title: (expected) => `Takes ${expected} of virtual time`,
    near: (near, tolerance) => `${near.toFixed(2)} s ± ${Math.round(tolerance * 1000) / 10} %`,
  },
  peak: {
    title: (kind, blocked, b) => {
      const bounds = en.bounds(b);
      return `${bounds[0]?.toUpperCase() ?? ""}${bounds.slice(1)} ${en.lanes(kind, boundCount(b))} ${blocked ? `blocked on ${blocked.join("/")}` : "alive"} at once`;
    },
    at: (t) => `first reached at t = ${t.toFixed(2)} s`,
  },
  created: {
    title: (kind, b) => `Creates ${en.bounds(b)} ${en.lanes(kind, boundCount(b))}`,
  },
  loop: {
    titleNever: "Never blocks the event loop",
    titleAllowed: (seconds) => `Never blocks the event loop longer than ${seconds}`,
    titleExpected: "Blocks the event loop",
    never: "never blocked",
    blocked: (longest, at, detail, count, total) =>
      `blocked for ${longest}${detail ? ` by ${detail}` : ""} at t = ${at}` +
      (count > 1 ? ` (${count} times, ${total} in total)` : ""),
  },
  deadlock: {
    titleNone: "Does not deadlock",
    titleExpected: "Deadlocks",
    none: "no deadlock",
    happened: "deadlock",
  },
  code: {
    title: (rule, what, inside, min) =>
      `${rule === "use" ? "Uses" : "Does not use"} ${what}${inside ? ` ${inside}` : ""}${rule === "use" && min > 1 ? ` at least ${min} times` : ""}`,
    what: (name, construct, call) =>
      name !== undefined ? `${name}${call ? "(...)" : ""}` : `\`${construct ?? ""}\``,
    inside: {
      "async-def": "inside async def",
      def: "inside a plain def",
      loop: "inside a loop",
      module: "at module level",
    },
    notUsed: "not used",
    usedAt: (lines) =>
      lines.length === 1 ? `used at line ${lines[0]}` : `used at lines ${lines.join(", ")}`,
    syntaxError: (message, line) =>
      `the code does not parse: ${message}${line !== null ? ` (line ${line})` : ""}`,
  },
  tests: {
    title: "The exercise's tests pass",
    allPass: (n) => plural("en", n, { one: "the test passes", other: "all # tests pass" }),
    runAndPass: "the tests run, and every one passes",
    failed: (failed, total) =>
      `${failed} of ${plural("en", total, { one: "# test", other: "# tests" })} failed`,
    didNotRun: (reason) => `the tests did not run: ${reason}`,
    missingNames: (names) =>
      `The tests use ${names.map((n) => `\`${n}\``).join(", ")}, which your program does not define. ` +
      "Keep the names (and parameters) the starter code gives, at the top level of the file.",
  },
  schedules: {
    title: (count) => `Passes under ${count} different thread schedules`,
    all: (count) => `passes on all ${count} schedules`,
    failedOn: (seed, schedule, count) => `fails on schedule ${schedule} of ${count} (seed ${seed})`,
    some: (count) => `passes on at least one of ${count} schedules`,
    passedOn: (seed, schedule) => `passes on schedule ${schedule} (seed ${seed})`,
    noneOf: (count) => `fails on all ${count} schedules`,
  },
  checkerFailed: (reason) => `The checker could not finish: ${reason}`,
};

const ruLanes = { task: "задач", thread: "потоков", process: "процессов" } as const;

const ru: Messages = {
  seconds: (value) => `${value.toFixed(2)} с`,
  bounds: ({ min, max, equals }) =>
    equals !== undefined
      ? `ровно ${equals}`
      : min !== undefined && max !== undefined
        ? `от ${min} до ${max}`
        : min !== undefined
          ? `не менее ${min}`
          : `не более ${max ?? 0}`,
  lanes: (kind) => ruLanes[kind],
  output: {
    exact: "Вывод в точности совпадает с ожидаемым",
    normalised: "Вывод совпадает с ожидаемым (без учёта пробелов)",
    contains: (text) => `Вывод содержит ${trimQuote(text)}`,
    notContains: (text) => `Вывод не содержит ${trimQuote(text)}`,
    regex: (pattern) => `Вывод соответствует /${pattern}/`,
    unordered: "В выводе есть ожидаемые строки, в любом порядке",
    nothing: "(вывода нет)",
    more: (n) =>
      `… и ещё ${plural("ru", n, { one: "# строка", few: "# строки", other: "# строк" })}`,
    found: "найдено",
    notFound: "не найдено",
    missing: (lines) => `не хватает: ${lineList(lines)}`,
    extra: (lines) => `лишние: ${lineList(lines)}`,
  },
  order: {
    title: (sequence) => `Строки вывода идут по порядку: ${sequence.map(trimQuote).join(" → ")}`,
    missing: (pattern) => `нет строки, подходящей под ${trimQuote(pattern)}`,
    outOfOrder: (early, late) =>
      `строка ${late.line} ${trimQuote(late.text)} идёт раньше строки ${early.line} ${trimQuote(early.text)}`,
    ok: "по порядку",
  },
  exitStatus: (code) => `код завершения ${code}`,
  error: {
    none: "нет исключения",
    type: (type) => type,
    titleNone: "Завершается без исключения",
    titleType: (type) => `Выбрасывает ${type}`,
  },
  elapsed: {
    title: (expected) => `Занимает ${expected} виртуального времени`,
    near: (near, tolerance) => `${near.toFixed(2)} с ± ${Math.round(tolerance * 1000) / 10} %`,
  },
  peak: {
    title: (kind, blocked, bounds) =>
      `Одновременно ${blocked ? `ждущих (${blocked.join("/")})` : "живых"} ${ruLanes[kind]}: ${ru.bounds(bounds)}`,
    at: (t) => `впервые достигнуто при t = ${t.toFixed(2)} с`,
  },
  created: { title: (kind, bounds) => `Создано ${ruLanes[kind]}: ${ru.bounds(bounds)}` },
  loop: {
    titleNever: "Не блокирует цикл событий",
    titleAllowed: (seconds) => `Не блокирует цикл событий дольше ${seconds}`,
    titleExpected: "Блокирует цикл событий",
    never: "ни разу не заблокирован",
    blocked: (longest, at, detail, count, total) =>
      `заблокирован на ${longest}${detail ? ` вызовом ${detail}` : ""} при t = ${at}` +
      (count > 1
        ? ` (${plural("ru", count, { one: "# раз", few: "# раза", other: "# раз" })}, всего ${total})`
        : ""),
  },
  deadlock: {
    titleNone: "Не попадает во взаимную блокировку",
    titleExpected: "Попадает во взаимную блокировку",
    none: "нет взаимной блокировки",
    happened: "взаимная блокировка",
  },
  code: {
    title: (rule, what, inside, min) =>
      `${rule === "use" ? "Использует" : "Не использует"} ${what}${inside ? ` ${inside}` : ""}${rule === "use" && min > 1 ? ` (не менее ${min} раз)` : ""}`,
    what: (name, construct, call) =>
      name !== undefined ? `${name}${call ? "(...)" : ""}` : `\`${construct ?? ""}\``,
    inside: {
      "async-def": "внутри async def",
      def: "внутри обычной def",
      loop: "внутри цикла",
      module: "на уровне модуля",
    },
    notUsed: "не используется",
    usedAt: (lines) =>
      lines.length === 1
        ? `используется в строке ${lines[0]}`
        : `используется в строках ${lines.join(", ")}`,
    syntaxError: (message, line) =>
      `код не разбирается: ${message}${line !== null ? ` (строка ${line})` : ""}`,
  },
  tests: {
    title: "Тесты упражнения проходят",
    allPass: (n) =>
      plural("ru", n, {
        one: "# тест проходит",
        few: "все # теста проходят",
        other: "все # тестов проходят",
      }),
    runAndPass: "тесты запускаются, и все проходят",
    failed: (failed, total) =>
      plural("ru", failed, {
        one: `не прошёл # тест из ${total}`,
        few: `не прошли # теста из ${total}`,
        other: `не прошли # тестов из ${total}`,
      }),
    didNotRun: (reason) => `тесты не запустились: ${reason}`,
    missingNames: (names) =>
      `Тесты обращаются к ${names.map((n) => `\`${n}\``).join(", ")}, а в вашей программе ` +
      (names.length === 1 ? "этого имени нет. " : "этих имён нет. ") +
      "Сохраните имена (и параметры), которые даёт начальный код, на верхнем уровне файла.",
  },
  schedules: {
    title: (count) => `Проходит при разных расписаниях потоков (${count})`,
    all: (count) =>
      plural("ru", count, {
        one: "проходит при # расписании",
        other: "проходит при всех # расписаниях",
      }),
    failedOn: (seed, schedule, count) =>
      `не проходит на расписании ${schedule} из ${count} (seed ${seed})`,
    some: (count) => `проходит хотя бы при одном расписании из ${count}`,
    passedOn: (seed, schedule) => `проходит на расписании ${schedule} (seed ${seed})`,
    noneOf: (count) => `не проходит ни при одном расписании (${count})`,
  },
  checkerFailed: (reason) => `Проверка не смогла завершиться: ${reason}`,
};

const MESSAGES: Translations<Messages> = { en, ru };

/** Messages for `lang` ("ru", "ru-RU", ...); English for a language the registry lacks. */
export function messagesFor(lang: string): Messages {
  return MESSAGES[resolveLang(lang)];
}
