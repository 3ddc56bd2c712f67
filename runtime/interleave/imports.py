"""What importing a heavy module costs, on the virtual clock.

CPython spends real time importing ``asyncio`` (~45 ms) or ``aiohttp``, and a program's total
run time includes it; Interleave imports them from a cache in about a millisecond. So the first
import of such a module by the learner's code is charged its typical CPython cost (measured with
CPython 3.11 on a 2-core machine), which keeps reported run times close to CPython's.
"""

import builtins

from .patches import Patch

#: Virtual seconds charged for the first import of each top-level module in a run.
IMPORT_COST = {
    "asyncio": 0.045,
    "concurrent": 0.010,
    "multiprocessing": 0.010,
    "aiohttp": 0.120,
    "requests": 0.060,
    "aiofiles": 0.010,
    "urllib": 0.005,
}


class ImportCharge(Patch):
    """``builtins.__import__`` charging the learner's first import of a heavy module."""

    name = "import costs"
    requires = ("builtins.__import__",)

    def apply(self, ctx):
        sched = ctx.sched
        orig_import = builtins.__import__
        charged = set()

        def charging_import(name, globals=None, locals=None, fromlist=(), level=0):
            if level == 0 and globals is not None and globals.get("__name__") == "__main__":
                top = name.partition(".")[0]
                cost = IMPORT_COST.get(top)
                if cost is not None and top not in charged:
                    charged.add(top)
                    if top != "concurrent" or "asyncio" not in charged:
                        sched.charge_seconds(cost)
            return orig_import(name, globals, locals, fromlist, level)

        self.replace(builtins, "__import__", charging_import)
