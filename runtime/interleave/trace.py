"""The trace of a run: lanes (processes, threads, asyncio tasks) and what happened on them.

The JSON shape is documented in src/engine/types.ts (``Trace``). Events are recorded in the
order they are executed; a thread can be woken by a timer a little before the moment the running
thread notices it, so events are sorted by time (stably) when the trace is exported. The number
of events is capped so that a long run cannot exhaust memory; ``truncated`` says so.

A run hands its trace to the engine compactly (``to_wire``, expanded by src/engine/trace-wire.ts
before the result is checked against the contract): a lane as ``[kind, name, parent, process]``
(its id is its place, from 1), an event as ``[t, kind, lane]`` or ``[t, kind, lane, fields]``
(fields that are None dropped there), t in whole nanoseconds when the trace says ``"ns"``. 10,000 asyncio tasks make 10,003 lanes and 20,000 events:
as the contract's objects they were 1.8 MB of JSON, and building the dicts, ``json.dumps`` and
the engine's ``JSON.parse`` cost about a third of such a run.
"""

from operator import itemgetter

MAX_EVENTS = 20_000


class Trace:
    def __init__(self, max_events=MAX_EVENTS):
        self.lanes = []
        self.events = []
        self.truncated = False
        self.max_events = max_events

    def lane(self, kind, name, parent, process):
        lanes = self.lanes
        lid = len(lanes) + 1
        # a list, not the JSON's dict: made for every task (see to_wire and lane_dicts)
        lanes.append([kind, name, parent, lid if process is None else process])
        return lid

    def rename(self, lane, name):
        self.lanes[lane - 1][1] = name

    def lane_dicts(self):
        """The lanes as the JSON has them."""
        return [{"id": i, "kind": kind, "name": name, "parent": parent, "process": process}
                for i, (kind, name, parent, process) in enumerate(self.lanes, 1)]

    def add(self, t, kind, lane, **fields):
        # Kept as given and made into the JSON's dicts (times rounded) once, by ``to_json``: a
        # dict and a ``round(t, 9)`` here were 5-8 us an event in Pyodide, and a stack switch
        # records three events.
        events = self.events
        if len(events) < self.max_events:
            events.append((t, kind, lane, fields))
        else:
            self.truncated = True

    def recorded(self, start=0):
        """The events from the ``start``-th on, in the order recorded, as the JSON has them."""
        events = []
        for t, kind, lane, fields in self.events[start:]:
            event = {"t": round9(t), "kind": kind, "lane": lane}
            if fields:
                for key, value in fields.items():
                    if value is not None:
                        event[key] = value
            events.append(event)
        return events

    def to_json(self):
        events = self.recorded()
        events.sort(key=_time_of)
        return {"version": 1, "lanes": self.lane_dicts(), "events": events,
                "truncated": self.truncated}

    def to_wire(self, mark=None):
        """The trace as the engine receives it (see the module docstring): the events in the
        order ``to_json`` has them (sorted by rounded time, stably), their times in whole
        nanoseconds (``"ns": True``; an integer is written 2-3 times faster than a float's
        shortest repr, and ``k / 1e9`` is the float ``round(t, 9)`` is) or, if one does not
        fit, all in seconds. With a ``mark``: the trace as it was when :meth:`mark` made it."""
        lanes, recorded, truncated = self.lanes, self.events, self.truncated
        if mark is not None:
            lanes, count, truncated = mark
            recorded = recorded[:count]
        events = [(ns9(t), kind, lane, fields) if fields else (ns9(t), kind, lane)
                  for t, kind, lane, fields in recorded]
        ns = not any(event[0] is None for event in events)
        if not ns:
            events = [(round9(t), kind, lane, fields) if fields else (round9(t), kind, lane)
                      for t, kind, lane, fields in recorded]
        events.sort(key=_t_of)
        return {"version": 1, "lanes": lanes, "events": events, "truncated": truncated,
                "ns": ns}

    def mark(self):
        """The trace as it is now, for :meth:`to_wire`: its lanes copied (a lane is renamed when
        its thread is), the number of its events (they are only ever appended)."""
        return [list(lane) for lane in self.lanes], len(self.events), self.truncated


_time_of = itemgetter("t")  # a C call per event where a Python function was 1 us in Pyodide
_t_of = itemgetter(0)


#: Below this many nanoseconds (about 1,100 s) a product ``t * 1e9`` is within 2**-13 of the
#: exact one, so its nearest integer is the exact product's whenever it is not near a half.
_FAST_NS = float(2**40)


def round9(t: float) -> float:
    """``round(t, 9)``, the same float, about four times faster in Pyodide.

    ``round(t, 9)`` rounds the exact decimal value of ``t`` to 9 places and parses it back, i.e.
    the float nearest to k / 10**9 with k the integer nearest to the exact t * 10**9. Where the
    float product is below ``_FAST_NS`` and not within 0.49 of a half, its nearest integer is that
    k, and ``k / 1e9`` (both exact floats, one correctly rounded division) is the same float.
    """
    y = t * 1e9
    if 0.0 <= y < _FAST_NS:
        k = round(y)
        d = y - k
        if -0.49 < d < 0.49:
            return k / 1e9
    return round(t, 9)


def ns9(t: float):
    """``round(t, 9)`` in whole nanoseconds: the integer k with ``k / 1e9 == round(t, 9)`` (a
    correctly rounded division, the same in JavaScript), or None where there is none that
    fits a double exactly (past 104 days, or not a finite time)."""
    y = t * 1e9
    if 0.0 <= y < _FAST_NS:  # as round9's fast path
        k = round(y)
        d = y - k
        if -0.49 < d < 0.49:
            return k
    if not 0.0 <= t < _LAST_NS:
        return None
    r = round(t, 9)
    k = round(r * 1e9)
    return k if k / 1e9 == r else None


_LAST_NS = 2.0**53 / 1e9  # seconds: past this, not every nanosecond count is a double
