import { describe, expect, it } from "vitest";
import type { RaceReport, RaceStep } from "../engine/types";
import { explainRace } from "./race";

const step = (thread: string, op: RaceStep["op"], value: string, line: number): RaceStep => ({
  thread,
  lane: thread === "Thread-1" ? 1 : 2,
  line,
  op,
  text: "counter",
  value,
  check: false,
  t: 0,
});

const lostUpdate: RaceReport = {
  kind: "lost-update",
  location: "counter",
  steps: [
    step("Thread-1", "read", "41", 9),
    step("Thread-2", "read", "41", 9),
    step("Thread-1", "write", "42", 10),
    step("Thread-2", "write", "42", 10),
  ],
  conflict: [0, 1, 2, 3],
};

// A circle of three as the runtime's deadlock report words it (runtime/interleave/deadlock.py).
const circle: RaceReport = {
  kind: "deadlock",
  location: null,
  steps: [],
  conflict: [],
  cycle: [
    {
      thread: "MainThread",
      lane: 0,
      waitsFor: "Thread-1 (move) to finish (join)",
      heldBy: null,
      line: 26,
    },
    { thread: "Thread-1 (move)", lane: 1, waitsFor: "a Lock", heldBy: "Thread-2 (move)", line: 15 },
    {
      thread: "Thread-2 (move)",
      lane: 2,
      waitsFor: "Lock 'right'",
      heldBy: "Thread-3 (move)",
      line: 15,
    },
  ],
};

describe("explainRace", () => {
  it("tells a lost update in the order it happened, naming the lost writer", () => {
    expect(explainRace(lostUpdate, "en")).toBe(
      "Thread-1 read `counter` (41) at line 9, Thread-2 read `counter` (41) at line 9, " +
        "Thread-1 wrote 42 to `counter` at line 10, Thread-2 wrote 42 to `counter` at line 10: " +
        "the update Thread-1 made was overwritten and lost",
    );
    expect(explainRace(lostUpdate, "ru")).toContain("обновление, сделанное Thread-1, затёрто");
  });

  it("says a run cut short by a limit proves nothing, where it saw no conflict", () => {
    const none: RaceReport = { ...lostUpdate, kind: "lost-update", conflict: [] };
    const flood = "the program printed more than 100,000 characters";
    expect(explainRace(none, "en")).toContain("no two threads touched the same data");
    expect(explainRace(none, "en", flood)).toBe(
      `this schedule's run was stopped by a limit before it saw two threads in conflict (${flood}): ` +
        "a run cut short shows no race and rules none out",
    );
    expect(explainRace(none, "ru", flood)).toContain("прерванный прогон не показывает гонку");
    // a conflict seen before the limit is still told
    expect(explainRace(lostUpdate, "en", flood)).toContain("was overwritten and lost");
  });

  it("picks its words through the language registry: a regional tag and an unknown language", () => {
    expect(explainRace(lostUpdate, "RU-ru")).toBe(explainRace(lostUpdate, "ru"));
    expect(explainRace(lostUpdate, "de-AT")).toBe(explainRace(lostUpdate, "en"));
  });

  it("words a deadlock's circle in English as the runtime reports it", () => {
    expect(explainRace(circle, "en")).toBe(
      "deadlock: each thread waits for a lock another one holds: " +
        "MainThread at line 26 waits for Thread-1 (move) to finish (join); " +
        "Thread-1 (move) at line 15 waits for a Lock held by Thread-2 (move); " +
        "Thread-2 (move) at line 15 waits for Lock 'right' held by Thread-3 (move)",
    );
  });

  it("words the same circle wholly in Russian", () => {
    const text = explainRace(circle, "ru");
    expect(text).toBe(
      "взаимная блокировка: каждый поток ждёт блокировку, которую держит другой: " +
        "MainThread в строке 26 ждёт завершения Thread-1 (move) (join); " +
        "Thread-1 (move) в строке 15 ждёт блокировку, которую держит Thread-2 (move); " +
        "Thread-2 (move) в строке 15 ждёт блокировку 'right', которую держит Thread-3 (move)",
    );
    expect(text).not.toMatch(/to finish|a Lock|waits/);
  });
});
