"""The counterexample of a failing schedule, in the learner's terms.

Input: the access log of a recorded exploring run, in the order the accesses happened (one
thread runs at a time, so this order is the truth), and the instrumented sites. Output: plain
facts the checker words in the learner's language (src/checker/race.ts), and the window of
accesses the app steps through:

- ``lost-update``: thread A read X, another thread B wrote X, then A wrote X from what it had
  read, so B's write is lost ("Thread-1 read counter (41) at line 9, Thread-2 read counter (41)
  at line 9, Thread-1 wrote 42 at line 10, Thread-2 wrote 42 at line 10");
- ``check-then-act``: the same, where A's read was the test of an ``if`` or ``while`` ("both
  threads saw ``_instance is None``");
- ``torn-read``: thread R read X after thread W changed it and Y before W changed it, so R saw
  a state between two updates that belong together;
- ``deadlock``: the cycle of the run's deadlock report, with the last accesses before it.
"""

import itertools

#: Accesses shown around the conflict, before its first and after its last access.
CONTEXT = 8
#: Accesses in a replay window at most.
WINDOW_MAX = 80


class _Values:
    """Human-readable values; objects are numbered per type so "two different Config objects"
    can be told apart."""

    def __init__(self):
        self.ids = {}

    def show(self, snap):
        if isinstance(snap, tuple) and len(snap) == 3 and snap[0] == "object":
            _, kind, ident = snap
            n = self.ids.setdefault((kind, ident), sum(1 for k in self.ids if k[0] == kind) + 1)
            return f"<{kind} object #{n}>"
        text = repr(snap)
        return text if len(text) <= 60 else text[:59] + "…"


def _lost_update(log, sites):
    """The first write that overwrote another thread's write made after the writer's read."""
    last_read = {}  # (thread id, loc) -> index of that thread's latest read of loc
    last_write = {}  # loc -> (index, read index the writer had, or None)
    for i, (g, site, loc, _value, _t) in enumerate(log):
        if loc is None:
            continue
        kind = sites[site][1]
        if kind == "read":
            last_read[(g.id, loc)] = i
        elif kind == "write":
            mine = last_read.pop((g.id, loc), None)
            other = last_write.get(loc)
            if mine is not None and other is not None:
                w, w_read = other
                if log[w][0] is not g and w > mine:
                    events = sorted({mine, i, w} | ({w_read} if w_read is not None else set()))
                    check = sites[log[mine][1]][3]
                    return ("check-then-act" if check else "lost-update"), events
            last_write[loc] = (i, mine)
    return None


def _torn_read(log, sites):
    """A thread that read one location after another thread's write and a second location
    before that thread's next write (two updates meant to be seen together)."""
    writes_by = {}  # thread id -> list of (index, loc) of its writes
    for i, (g, site, loc, _v, _t) in enumerate(log):
        if loc is not None and sites[site][1] == "write":
            writes_by.setdefault(g.id, []).append((i, loc))
    reads = [(i, e[0], e[2]) for i, e in enumerate(log)
             if e[2] is not None and sites[e[1]][1] == "read"]
    for writes in writes_by.values():
        for (w1, x), (w2, y) in itertools.pairwise(writes):
            if x == y:
                continue
            writer = log[w1][0]
            seen_x = {g.id: i for i, g, loc in reads if loc == x and w1 < i < w2 and g is not writer}
            for i, g, loc in reads:
                if loc == y and i < w2 and g.id in seen_x and abs(i - seen_x[g.id]) <= 50:
                    # R read y (old) and x (new) close together: a snapshot between w1 and w2
                    if i > w1 or _no_write_between(log, sites, y, i, w1):
                        return "torn-read", sorted({w1, seen_x[g.id], i, w2})
    return None


def _no_write_between(log, sites, loc, a, b):
    return not any(e[2] == loc and sites[e[1]][1] == "write" for e in log[a + 1:b])


def _step(entry, sites, values):
    g, site, _loc, value, t = entry
    line, kind, text, check = sites[site]
    has_value = kind in ("read", "write", "test")
    return {
        "thread": g.name, "lane": g.lane, "line": line, "op": kind, "text": text,
        "value": values.show(value) if has_value else None, "check": bool(check),
        "t": round(t, 9),
    }


def explain(log, sites, deadlock=None) -> dict:
    """Facts about the first conflict in ``log`` (see the module docstring)."""
    found = None
    if deadlock is None:
        found = _lost_update(log, sites) or _torn_read(log, sites)
    kind, events = found if found else (("deadlock" if deadlock else "none"), [])
    if events:
        start = max(0, events[0] - CONTEXT)
        end = min(len(log), events[-1] + CONTEXT + 1)
        if end - start > WINDOW_MAX:  # keep the conflict itself, trim the context
            start = max(start, events[-1] + CONTEXT + 1 - WINDOW_MAX)
            start = min(start, events[0])
    else:
        end = len(log)
        start = max(0, end - WINDOW_MAX // 2)
    values = _Values()
    steps = [_step(e, sites, values) for e in log[start:end]]
    conflict = [i - start for i in events if start <= i < end]
    location = steps[conflict[0]]["text"] if conflict else None
    out = {"kind": kind, "location": location, "steps": steps, "conflict": conflict}
    if deadlock:
        out["cycle"] = [
            {"thread": w["name"], "lane": w["lane"], "waitsFor": w["waitsFor"],
             "heldBy": w["heldBy"], "line": w["line"]}
            for w in deadlock.get("waiters", [])
        ]
    return out
