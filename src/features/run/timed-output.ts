/**
 * The console's output as lines stamped with the virtual time they were printed at, read from
 * the trace's "print" events, for the console's replay and its "virtual times" view. A line's
 * time is when its first character was printed. Output the trace does not hold (a traceback the
 * runtime wrote after the program ended) follows at the run's end. Pure.
 */
import type { Trace } from "../../engine/types";
import type { OutputChunk } from "../../store/slices/run";

export interface TimedLine {
  /** Virtual seconds. */
  t: number;
  stream: OutputChunk["stream"];
  /** Without its newline. */
  text: string;
}

/**
 * The timed lines of `output`, or null when the trace cannot vouch for it (cut short, or its
 * prints are not what the console shows, e.g. a check's output from another run).
 */
export function timedLines(
  output: readonly OutputChunk[],
  trace: Trace,
  elapsed: number,
): TimedLine[] | null {
  if (trace.truncated) return null;
  const shown = output.map((chunk) => chunk.text).join("");
  const pieces: { t: number; stream: OutputChunk["stream"]; text: string }[] = [];
  for (const event of trace.events) {
    if (event.kind === "print" && event.text !== "")
      pieces.push({ t: event.t, stream: event.stream, text: event.text });
  }
  const printed = pieces.map((p) => p.text).join("");
  if (!shown.startsWith(printed)) return null;
  const rest = shown.slice(printed.length);
  if (rest !== "")
    pieces.push({ t: elapsed, stream: output.at(-1)?.stream ?? "stdout", text: rest });

  const lines: TimedLine[] = [];
  let open: TimedLine | null = null;
  for (const piece of pieces) {
    const parts = piece.text.split("\n");
    parts.forEach((part, i) => {
      const last = i === parts.length - 1;
      // A stream switch mid-line starts a line of its own (the console colours it).
      if (open !== null && open.stream !== piece.stream) {
        lines.push(open);
        open = null;
      }
      if (last && part === "") return;
      if (open === null) open = { t: piece.t, stream: piece.stream, text: part };
      else open.text += part;
      if (!last) {
        lines.push(open);
        open = null;
      }
    });
  }
  if (open !== null) lines.push(open);
  return lines;
}
