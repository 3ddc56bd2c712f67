"""C-level work the ticks cannot see: built-ins on large inputs, charged by the size of the data.

A tick charges the Python-level operations of a statement (``cost``), so ``sorted(data)`` would
cost one call whether ``data`` holds ten items or a million. The rewriter routes the calls that
do work in proportion to their input through these hooks:

    sorted(xs, key=k)   ->  __il_call__(sorted, xs, key=k)    (also sum, min, max, list, Counter...)
    xs.sort()           ->  __il_sort__(xs).sort()
    sep.join(parts)     ->  __il_join__(sep.join(parts))      (also text.split(), splitlines...)

and the hooks charge the meter per item, in nanoseconds calibrated like ``cost``'s weights (the
``builtins_large`` and ``sorted_floats`` kernels of ``tests/cpu``). Only the real built-ins are
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
from collections.abc import Mapping

CALL = "__il_call__"
SORT = "__il_sort__"
JOIN = "__il_join__"

#: One comparison of a sort (floats and ints in random order: ~17 ns on the kernels' machine).
COMPARE = 17
#: Per item: reducing an iterable (sum, min, max), copying one into a list or tuple, into a
#: set or dict (hashing), and producing an item from a lazy map/filter with a C function.
REDUCE = 25
COPY = 20
HASH = 60
LAZY = 150
#: A key function called per item by sorted/min/max (a Python call, not ticked when a lambda).
KEY = 80
#: Per character of a string built by ``str.join``.
JOIN_CHAR = 3
#: Per string of a list built by ``str.split`` or ``splitlines`` (a new string object each).
SPLIT_ITEM = 55
#: Below these sizes the tick's flat weight of the call (``cost.W["METHOD_NEW"]``) stands.
JOIN_MIN = 64
SPLIT_MIN = 16

_REDUCERS = {builtins.sum, builtins.min, builtins.max}
_COPIERS = {builtins.list: COPY, builtins.tuple: COPY, builtins.set: HASH, builtins.frozenset: HASH,
            builtins.dict: HASH}
_LAZY = (map, filter, zip, enumerate, reversed)
#: The names the rewriter routes through ``__il_call__`` (when the program calls them by name).
NAMES = frozenset({"sorted", "sum", "min", "max", "list", "tuple", "set", "frozenset", "dict", "Counter"})
#: The methods whose result the rewriter routes through ``__il_join__``.
BUILDERS = frozenset({"join", "split", "rsplit", "splitlines"})


def _size(obj) -> int:
    try:
        return len(obj)
    except TypeError:  # an iterator: its items are charged where they are produced
        return 0


def sort_cost(n: int) -> int:
    return int(COMPARE * n * math.log2(n)) if n > 1 else 0


def call_cost(func, args, kwargs, result) -> int:
    """Nanoseconds of C-level work of ``func(*args, **kwargs)`` that returned ``result``."""
    keyed = KEY if kwargs.get("key") is not None else 0
    if func is builtins.sorted:
        n = len(result)
        return sort_cost(n) + keyed * n
    if func in _REDUCERS:
        n = _size(args[0]) if len(args) == 1 else len(args)
        return (REDUCE + keyed) * n
    if func is collections.Counter:
        # counting an iterable (a C loop, ``_count_elements``) hashes every item, and the counts
        # sum to the items counted; a mapping given instead is copied key by key
        if not args or isinstance(args[0], Mapping):
            return HASH * len(result)
        return HASH * sum(result.values())
    per_item = _COPIERS.get(func)
    if per_item is None or not args:
        return 0
    source = args[0]
    if isinstance(source, _LAZY):
        per_item += LAZY if isinstance(source, (map, filter)) else COPY
    elif isinstance(source, range):
        per_item += COPY // 2  # the ints are made too
    return per_item * _size(result)


def hooks(meter) -> dict:
    """The three hooks for a program's module, charging ``meter``. What they charge is CPU
    time but no line of code (``Meter.tick``), so the step limit does not count it."""
    tick = meter.tick

    def call(func, *args, **kwargs):
        result = func(*args, **kwargs)
        cost = call_cost(func, args, kwargs, result)
        if cost:
            tick(cost)
        return result

    def sort(obj):
        if type(obj) is list:
            cost = sort_cost(len(obj))
            if cost:
                tick(cost)
        return obj

    def join(result):
        kind = type(result)
        if kind is str and len(result) > JOIN_MIN:
            tick(JOIN_CHAR * len(result))
        elif kind is list and len(result) > SPLIT_MIN:
            tick(SPLIT_ITEM * len(result))
        return result

    return {CALL: call, SORT: sort, JOIN: join}
