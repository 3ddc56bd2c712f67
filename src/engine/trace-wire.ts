/**
 * The trace as the runtime hands it over (interleave/trace.py `Trace.to_wire`), made into the
 * contract's objects before the result is checked: a lane `[kind, name, parent, process]` (its
 * id is its place, from 1), an event `[t, kind, lane]` or `[t, kind, lane, fields]` whose null
 * fields are dropped, its `t` in whole nanoseconds when the trace says `ns: true` (`k / 1e9` is
 * the float Python's `round(t, 9)` is: both divisions are correctly rounded). 10,000 asyncio tasks make 30,000 of these: as objects they were 1.8 MB of
 * JSON, and writing and parsing it was about a third of such a run.
 *
 * Anything not of that shape is left as it is, for the contract check to name.
 */

/** Replaces `result.trace`'s wire lanes and events by the contract's objects, in place, and
 * those of the program's own result in it (`result.program`, see the contract). */
export function expandTrace(result: unknown): unknown {
  if (!isRecord(result) || !isRecord(result.trace)) return result;
  if (isRecord(result.program)) expandTrace(result.program);
  const trace = result.trace;
  if (Array.isArray(trace.lanes)) trace.lanes = trace.lanes.map(expandLane);
  const scale = trace.ns === true ? 1e9 : 1;
  if (typeof trace.ns === "boolean") delete trace.ns;
  if (Array.isArray(trace.events)) {
    trace.events = trace.events.map((event: unknown) => expandEvent(event, scale));
  }
  return result;
}

function expandLane(lane: unknown, index: number): unknown {
  if (!Array.isArray(lane) || lane.length !== 4) return lane;
  const [kind, name, parent, process] = lane as unknown[];
  return { id: index + 1, kind, name, parent, process };
}

function expandEvent(event: unknown, scale: number): unknown {
  if (!Array.isArray(event) || event.length < 3 || event.length > 4) return event;
  const [t, kind, lane, fields] = event as unknown[];
  if (typeof t !== "number") return event;
  const out: Record<string, unknown> = { t: scale === 1 ? t : t / scale, kind, lane };
  if (event.length === 4) {
    if (!isRecord(fields)) return event;
    for (const key of Object.keys(fields)) {
      const value = fields[key];
      if (value !== null) out[key] = value;
    }
  }
  return out;
}

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === "object" && value !== null && !Array.isArray(value);
}
