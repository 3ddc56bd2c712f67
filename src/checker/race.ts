/**
 * A failing schedule's counterexample in words, in English and Russian: who read what value at
 * which line, who wrote what, which update was lost; both threads passing a check before either
 * acted; a reader seeing a state between two updates; a deadlock's cycle. The facts come from
 * the runtime (runtime/interleave/explore/explain.py, `RaceReport`); this only words them.
 */
import type { RaceReport, RaceStep } from "../engine/types";
import { resolveLang, type Translations } from "../i18n";

interface RaceWords {
  read(s: RaceStep): string;
  wrote(s: RaceStep): string;
  tested(s: RaceStep): string;
  access(s: RaceStep): string;
  lost(overwritten: string): string;
  bothSaw(location: string, value: string): string;
  torn: string;
  cycleLink(thread: string, waitsFor: string, heldBy: string | null, line: number | null): string;
  deadlock: string;
  noConflict: string;
  /** The schedule's run ended on a limit before any conflict was seen (`why`: the runtime's). */
  stopped(why: string): string;
}

const at = (line: number | null, word: string) => (line === null ? "" : ` ${word} ${line}`);

const en: RaceWords = {
  read: (s) => `${s.thread} read \`${s.text}\` (${s.value ?? "?"})${at(s.line, "at line")}`,
  wrote: (s) => `${s.thread} wrote ${s.value ?? "?"} to \`${s.text}\`${at(s.line, "at line")}`,
  tested: (s) => `${s.thread} tested \`${s.text}\`: ${s.value ?? "?"}${at(s.line, "at line")}`,
  access: (s) =>
    s.op === "enter"
      ? `${s.thread} entered \`with ${s.text}\`${at(s.line, "at line")}`
      : `${s.thread} called \`${s.text}()\`${at(s.line, "at line")}`,
  lost: (who) => `the update ${who} made was overwritten and lost`,
  bothSaw: (location, value) =>
    `both threads saw \`${location}\` as ${value} before either acted on it (check-then-act)`,
  torn: "it saw a state between two updates that belong together",
  cycleLink: (thread, waitsFor, heldBy, line) =>
    `${thread}${at(line, "at line")} waits for ${waitsFor}${heldBy ? ` held by ${heldBy}` : ""}`,
  deadlock: "deadlock: each thread waits for a lock another one holds",
  noConflict:
    "no two threads touched the same data in conflict: what differs in this schedule is the order of thread switches and timed wake-ups",
  stopped: (why) =>
    `this schedule's run was stopped by a limit before it saw two threads in conflict (${why}): a run cut short shows no race and rules none out`,
};

/**
 * What a deadlocked thread waits for, as the runtime's deadlock report words it in English
 * (runtime/interleave/deadlock.py `_describe`), in Russian: the join and lock forms; the others
 * name the code they wait in (`Condition 'c'.wait()`), which stays as it is.
 */
function ruWaitsFor(text: string): string {
  const join = /^(.+) to finish \(join\)$/.exec(text);
  if (join) return `завершения ${join[1]} (join)`;
  if (text === "a Lock") return "блокировку";
  if (text === "an RLock") return "блокировку RLock";
  const named = /^(Lock|RLock) ('.+')$/.exec(text);
  if (named) return `блокировку ${named[1] === "RLock" ? "RLock " : ""}${named[2]}`;
  return text;
}

const ru: RaceWords = {
  read: (s) => `${s.thread} прочитал \`${s.text}\` (${s.value ?? "?"})${at(s.line, "в строке")}`,
  wrote: (s) => `${s.thread} записал ${s.value ?? "?"} в \`${s.text}\`${at(s.line, "в строке")}`,
  tested: (s) => `${s.thread} проверил \`${s.text}\`: ${s.value ?? "?"}${at(s.line, "в строке")}`,
  access: (s) =>
    s.op === "enter"
      ? `${s.thread} вошёл в \`with ${s.text}\`${at(s.line, "в строке")}`
      : `${s.thread} вызвал \`${s.text}()\`${at(s.line, "в строке")}`,
  lost: (who) => `обновление, сделанное ${who}, затёрто и потеряно`,
  bothSaw: (location, value) =>
    `оба потока увидели \`${location}\` = ${value}, прежде чем кто-то из них успел действовать (проверка, затем действие)`,
  torn: "он увидел состояние между двумя обновлениями, которые должны быть видны вместе",
  cycleLink: (thread, waitsFor, heldBy, line) =>
    `${thread}${at(line, "в строке")} ждёт ${ruWaitsFor(waitsFor)}${heldBy ? `, которую держит ${heldBy}` : ""}`,
  deadlock: "взаимная блокировка: каждый поток ждёт блокировку, которую держит другой",
  noConflict:
    "потоки не обращались к одним данным конфликтно: в этом расписании отличается порядок переключений потоков и пробуждений по таймеру",
  stopped: (why) =>
    `прогон этого расписания остановлен ограничением раньше, чем потоки столкнулись (${why}): прерванный прогон не показывает гонку и не исключает её`,
};

const WORDS: Translations<RaceWords> = { en, ru };

/** The words for `lang` through the language registry ("ru-RU" -> ru, unknown -> English). */
export const raceWords = (lang: string): RaceWords => WORDS[resolveLang(lang)];

function describeStep(w: RaceWords, s: RaceStep): string {
  if (s.op === "read") return w.read(s);
  if (s.op === "write") return w.wrote(s);
  if (s.op === "test") return w.tested(s);
  return w.access(s);
}

/**
 * One sentence: the conflicting accesses in the order they happened, then what that means.
 * `stoppedBy`: the limit's message when the schedule's run was stopped by one (a flood of output,
 * the step or time limit), which is what is said when no conflict was seen before it.
 */
export function explainRace(
  race: RaceReport,
  lang: string,
  stoppedBy: string | null = null,
): string {
  const w = raceWords(lang);
  if (race.kind === "deadlock") {
    const cycle = (race.cycle ?? []).map((c) =>
      w.cycleLink(c.thread, c.waitsFor, c.heldBy, c.line),
    );
    return `${w.deadlock}: ${cycle.join("; ")}`;
  }
  const steps = race.conflict.flatMap((i) => (race.steps[i] ? [race.steps[i]] : []));
  if (steps.length === 0) return stoppedBy === null ? w.noConflict : w.stopped(stoppedBy);
  const story = steps.map((s) => describeStep(w, s)).join(", ");
  if (race.kind === "check-then-act") {
    const first = steps.find((s) => s.op === "read");
    return `${story}: ${w.bothSaw(first?.text ?? race.location ?? "?", first?.value ?? "?")}`;
  }
  if (race.kind === "torn-read") return `${story}: ${w.torn}`;
  // The overwritten write is the last write by a thread other than the last writer.
  const writes = steps.filter((s) => s.op === "write");
  const last = writes[writes.length - 1];
  const lost = [...writes].reverse().find((s) => s.thread !== last?.thread);
  return `${story}: ${w.lost(lost?.thread ?? "?")}`;
}
