"""C-level work the ticks cannot see: built-ins on large inputs, charged by the size of the data.

A tick charges the Python-level operations of a statement (``cost``), so ``sorted(data)`` would
cost one call whether ``data`` holds ten items or a million. The rewriter routes the calls that
do work in proportion to their input through these hooks:

    sorted(xs, key=k)   ->  __il_call__(sorted, xs, key=k)    (also sum, min, max, list, Counter...)
    xs.sort()           ->  __il_sort__(xs).sort()
    sep.join(parts)     ->  __il_join__(sep.join(parts))      (also text.split(), splitlines...)
    seen.update(items)  ->  __il_call__(seen.update, items)   (also extend, difference_update...)
    seen |= items       ->  seen = __il_inplace__("ior", seen, items)   (a name's |=, &=, ^=, and
                            its += and -= of a display, comprehension or slice)

and the hooks charge the meter per item, in reference nanoseconds of CPython 3.11 (each call alone
on a million items; the ``builtins_large``, ``sorted_floats`` and ``set_sieve`` kernels of
``tests/cpu`` check them). Only the real built-ins are
charged: a program's own function named ``sum`` runs its own ticks. A method is told by its
name alone (the call site cannot know the receiver's type): what ``__il_join__`` sees is the
result, so a program's own ``split`` that returns a long list is charged as ``str.split`` is. The cost is computed from
sizes alone (never from the values or a clock), so it is deterministic. Sorting is charged
n log2 n comparisons as for data in random order; timsort's shortcut for already ordered runs is
not modelled (a program sorting sorted data is charged more than CPython takes).
"""

import builtins
import collections
import math
import operator
import types
from collections.abc import Mapping

CALL = "__il_call__"
SORT = "__il_sort__"
JOIN = "__il_join__"
INPLACE = "__il_inplace__"

#: One comparison of a sort (floats and ints in random order, in reference nanoseconds: tests/cpu/record.py),
#: and one of tuples (their items compared in turn), told by the first item or the first key.
COMPARE = 20
TUPLE_COMPARE = 54
#: Per item: reducing an iterable (sum, min, max), copying one into a list or tuple, into a
#: set or dict (hashing and inserting), and producing an item from a lazy map/filter with a C
#: function. An item a ``range`` makes is an int object made, and one a ``zip`` or
#: ``enumerate`` makes a tuple.
REDUCE = 16
COPY = 7
HASH = 54
LAZY = 187
RANGE_ITEM = 40
TUPLE_ITEM = 35
#: Per item counted by ``Counter`` (a dict lookup and store per item).
COUNT = 87
#: Per item already in a set or dict that an update finds there (a probe, nothing inserted).
PROBE = 12
#: A set or dict an update leaves with more than ``BIG_TABLE`` items has outgrown the L2 cache
#: (2 MiB on the kernels' machine): each item stored misses it, and each found there more so.
BIG_TABLE = 65_536
MISS_NEW = 23
MISS_FOUND = 94
#: A key function called per item by sorted/min/max (a Python call, not ticked when a lambda).
KEY = 66
#: Per character of a string built by ``str.join``.
JOIN_CHAR = 2
#: Per string of a list built by ``str.split`` or ``splitlines`` (a new string object each).
SPLIT_ITEM = 89
#: Below these sizes the tick's flat weight of the call (``cost.W["METHOD_NEW"]``) stands.
JOIN_MIN = 64
SPLIT_MIN = 16

_REDUCERS = {builtins.sum, builtins.min, builtins.max}
_COPIERS = {builtins.list: COPY, builtins.tuple: COPY, builtins.set: HASH, builtins.frozenset: HASH,
            builtins.dict: HASH}
_LAZY = (map, filter)
_TUPLES = (zip, enumerate)
#: The names the rewriter routes through ``__il_call__`` (when the program calls them by name).
NAMES = frozenset({"sorted", "sum", "min", "max", "list", "tuple", "set", "frozenset", "dict", "Counter"})
#: The methods the rewriter routes through ``__il_call__``: a container grown (or shrunk) by a
#: whole iterable at once. Charged only when the method is the built-in one (or Counter's).
GROWERS = frozenset({"update", "extend", "difference_update", "intersection_update",
                     "symmetric_difference_update"})
#: The in-place operators the rewriter routes through ``__il_inplace__`` (``operator``'s names).
INPLACE_OPS = frozenset({"ior", "iand", "ixor", "isub", "iadd"})
#: The methods whose result the rewriter routes through ``__il_join__``.
BUILDERS = frozenset({"join", "split", "rsplit", "splitlines"})


def _size(obj) -> int:
    try:
        return len(obj)
    except TypeError:  # an iterator: its items are charged where they are produced
        return 0


def sort_cost(n: int, compared: type | None) -> int:
    """What sorting ``n`` items costs: n log2 n comparisons of values of type ``compared`` (the
    items', or what the key function returned)."""
    if n < 2:
        return 0
    compare = TUPLE_COMPARE if compared is tuple else COMPARE
    return int(compare * n * math.log2(n))


def _first_type(key, seen: list):
    """``key``, noting in ``seen`` the type of the first value it returns (what a sort compares)."""

    def first(item):
        value = key(item)
        if not seen:
            seen.append(type(value))
        return value

    return first


def _source_item(source) -> int:
    """What making one item of ``source`` costs in C, beyond reading it."""
    if isinstance(source, range):
        return RANGE_ITEM
    if isinstance(source, _LAZY):
        return LAZY
    if isinstance(source, _TUPLES):
        return TUPLE_ITEM
    return 0


def call_cost(func, args, kwargs, result) -> int:
    """Nanoseconds of C-level work of ``func(*args, **kwargs)`` that returned ``result``."""
    keyed = KEY if kwargs.get("key") is not None else 0
    if func is builtins.sorted:
        compared = type(result[0]) if result else None
        return sort_cost(len(result), compared) + keyed * len(result)
    if func in _REDUCERS:
        n = _size(args[0]) if len(args) == 1 else len(args)
        return (REDUCE + keyed) * n
    if func is collections.Counter:
        # counting an iterable (a C loop, ``_count_elements``) looks up and stores every item,
        # and the counts sum to the items counted; a mapping given instead is copied key by key
        if not args or isinstance(args[0], Mapping):
            return HASH * len(result)
        return COUNT * sum(result.values())
    per_item = _COPIERS.get(func)
    if per_item is None or not args:
        return 0
    return (per_item + _source_item(args[0])) * _size(result)


def grower(method) -> str | None:
    """Which kind of growing ``method`` (a bound method called by a name in ``GROWERS``) is:
    ``"list"``, ``"hashed"`` (a set's or dict's) or ``"counter"``, or None for a program's own."""
    receiver = getattr(method, "__self__", None)
    if isinstance(method, types.BuiltinMethodType):
        if isinstance(receiver, list):
            return "list"
        if isinstance(receiver, (set, dict)):
            return "hashed"
    elif getattr(method, "__func__", None) is collections.Counter.update:
        return "counter"
    return None


def grow_cost(kind: str, args, before: int, after: int) -> int:
    """Nanoseconds of C-level work of a growing method of ``kind`` given ``args`` that took its
    receiver from ``before`` to ``after`` items: each item read from its source, and each stored
    (a list's copied, a set's or dict's hashed in, or found there already)."""
    if kind == "counter":
        if not args:
            return 0
        source = args[0]
        if isinstance(source, Mapping):
            return HASH * len(source)
        return (COUNT + _source_item(source)) * (_size(source) or after - before)
    total = 0
    for source in args:
        n = _size(source)
        if kind == "list":
            total += (COPY + _source_item(source)) * (n or after - before)
            continue
        added = max(after - before, 0)
        n = max(n, added)
        new, found = (HASH + MISS_NEW, PROBE + MISS_FOUND) if after > BIG_TABLE else (HASH, PROBE)
        total += _source_item(source) * n + new * added + found * (n - added)
        before = after  # several iterables: the growth is counted once
    return total


def inplace_cost(target, value, before: int, after: int) -> int:
    """Nanoseconds of C-level work of ``target op= value`` on a list, set or dict that took it
    from ``before`` to ``after`` items (as the growing method of the same work)."""
    if isinstance(target, list):
        return grow_cost("list", (value,), before, after)
    if isinstance(target, (set, dict)):
        return grow_cost("hashed", (value,), before, after)
    return 0


def hooks(meter) -> dict:
    """The four hooks for a program's module, charging ``meter``. What they charge is CPU
    time but no line of code (``Meter.tick``), so the step limit does not count it."""
    tick = meter.tick

    def call(func, /, *args, **kwargs):  # positional: ``d.update(func=1)`` passes its keyword
        kind = grower(func) if type(func) is not type else None
        if func is builtins.sorted and kwargs.get("key") is not None:
            seen = []  # the sort compares the keys: their type, not the items', sets its cost
            kwargs["key"] = _first_type(kwargs["key"], seen)
            result = func(*args, **kwargs)
            cost = sort_cost(len(result), seen[0] if seen else None) + KEY * len(result)
        elif kind is None:
            result = func(*args, **kwargs)
            cost = call_cost(func, args, kwargs, result)
        else:
            receiver = func.__self__
            before = len(receiver)
            result = func(*args, **kwargs)
            cost = grow_cost(kind, args, before, len(receiver))
        if cost:
            tick(cost)
        return result

    def sort(obj):
        if type(obj) is list:
            cost = sort_cost(len(obj), type(obj[0]) if obj else None)
            if cost:
                tick(cost)
        return obj

    def join(result):
        kind = type(result)
        if (kind is str or kind is bytes) and len(result) > JOIN_MIN:
            tick(JOIN_CHAR * len(result))
        elif kind is list and len(result) > SPLIT_MIN:
            tick(SPLIT_ITEM * len(result))
        return result

    def inplace(op, target, value):
        sized = isinstance(target, (list, set, dict))
        before = len(target) if sized else 0
        result = getattr(operator, op)(target, value)
        if sized:
            cost = inplace_cost(target, value, before, len(target))
            if cost:
                tick(cost)
        return result

    return {CALL: call, SORT: sort, JOIN: join, INPLACE: inplace}
