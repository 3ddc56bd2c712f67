import { describe, expect, it } from "vitest";
import type { Trace, TraceEvent } from "../../engine/types";
import { timedLines } from "./timed-output";

const print = (t: number, text: string, stream: "stdout" | "stderr" = "stdout"): TraceEvent => ({
  t,
  kind: "print",
  lane: 2,
  stream,
  text,
});

const trace = (events: TraceEvent[], truncated = false): Trace => ({
  version: 1,
  lanes: [],
  events,
  truncated,
});

describe("timedLines", () => {
  it("stamps each line with the virtual time it was printed at", () => {
    const events = [print(0, "start\n"), print(1, "a done\n"), print(2, "b done\n")];
    const output = [{ stream: "stdout" as const, text: "start\na done\nb done\n" }];
    expect(timedLines(output, trace(events), 2)).toEqual([
      { t: 0, stream: "stdout", text: "start" },
      { t: 1, stream: "stdout", text: "a done" },
      { t: 2, stream: "stdout", text: "b done" },
    ]);
  });

  it("gives a line built from several prints the time of its first character", () => {
    const events = [print(0.5, "progress: "), print(3, "done\nbye\n")];
    const output = [{ stream: "stdout" as const, text: "progress: done\nbye\n" }];
    expect(timedLines(output, trace(events), 3)?.map((l) => [l.t, l.text])).toEqual([
      [0.5, "progress: done"],
      [3, "bye"],
    ]);
  });

  it("keeps streams apart and puts output the trace lacks at the run's end", () => {
    const events = [print(1, "ok\n"), print(2, "oops", "stderr")];
    const output = [
      { stream: "stdout" as const, text: "ok\n" },
      { stream: "stderr" as const, text: "oops\nTraceback\n" },
    ];
    expect(timedLines(output, trace(events), 4)).toEqual([
      { t: 1, stream: "stdout", text: "ok" },
      { t: 2, stream: "stderr", text: "oops" },
      { t: 4, stream: "stderr", text: "Traceback" },
    ]);
  });

  it("refuses a trace that was cut short or does not match the output", () => {
    const output = [{ stream: "stdout" as const, text: "x\n" }];
    expect(timedLines(output, trace([print(0, "x\n")], true), 0)).toBeNull();
    expect(timedLines(output, trace([print(0, "y\n")]), 0)).toBeNull();
  });
});
