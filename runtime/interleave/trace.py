"""The trace of a run: lanes (processes, threads, asyncio tasks) and what happened on them.

The JSON shape is documented in src/engine/types.ts (``Trace``). Events are recorded in the
order they are executed; a thread can be woken by a timer a little before the moment the running
thread notices it, so events are sorted by time (stably) when the trace is exported. The number
of events is capped so that a long run cannot exhaust memory; ``truncated`` says so.
"""

MAX_EVENTS = 20_000


class Trace:
    def __init__(self, max_events=MAX_EVENTS):
        self.lanes = []
        self.events = []
        self.truncated = False
        self.max_events = max_events

    def lane(self, kind, name, parent, process):
        lid = len(self.lanes) + 1
        self.lanes.append({
            "id": lid, "kind": kind, "name": name, "parent": parent,
            "process": lid if process is None else process,
        })
        return lid

    def rename(self, lane, name):
        self.lanes[lane - 1]["name"] = name

    def add(self, t, kind, lane, **fields):
        events = self.events
        if len(events) >= self.max_events:
            self.truncated = True
            return
        event = {"t": round(t, 9), "kind": kind, "lane": lane}
        if fields:  # most events (run, wake, start) have none: skip the loop, a hand-off's hot path
            for key, value in fields.items():
                if value is not None:
                    event[key] = value
        events.append(event)

    def to_json(self):
        events = sorted(self.events, key=lambda e: e["t"])
        return {"version": 1, "lanes": self.lanes, "events": events, "truncated": self.truncated}
