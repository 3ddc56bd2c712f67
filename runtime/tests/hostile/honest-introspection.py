# Honest introspection a learner writes: inspect, importlib, gc, vars/__dict__, __mro__,
# sys.modules, operator.attrgetter, object.__getattribute__ and string formatting all work.
import asyncio
import gc
import importlib
import inspect
import operator
import string
import sys
from functools import wraps
from importlib import import_module


class Account:
    def __init__(self, owner, balance):
        self.owner = owner
        self.balance = balance


class Audited(Account):
    def __getattribute__(self, name):
        return object.__getattribute__(self, name)


async def fetch():
    await asyncio.sleep(0)


def logged(func):
    @wraps(func)
    def wrapper(*args):
        return func(*args)

    return wrapper


@logged
def add(a, b):
    return a + b


acc = Audited("ann", 10)
print(inspect.iscoroutinefunction(fetch), inspect.iscoroutinefunction(add))
print(inspect.signature(add), add.__wrapped__(1, 2))
print(vars(acc), acc.__dict__ == {"owner": "ann", "balance": 10})
acc.__dict__["balance"] = 12
print(acc.balance, [c.__name__ for c in Audited.__mro__], Audited.__bases__[0].__name__)
print(sorted(k for k in Account.__dict__ if not k.startswith("__")), "__init__" in vars(Account))
print(sys.modules[__name__] is sys.modules["__main__"], "json" in sys.modules or True)
print(operator.attrgetter("owner", "balance")(acc), operator.methodcaller("upper")("x"))
print(import_module("json").dumps([1]), importlib.import_module("math").sqrt(16))
print(gc.isenabled(), gc.collect() >= 0)
print([name for name, _ in inspect.getmembers(Account, inspect.isfunction)])
print(string.Formatter().format("{0.owner} has {0.balance}", acc), "{0.owner}".format(acc))  # noqa: UP030 (the explicit index is what is tested)
print(type(inspect.getmembers(acc)).__name__, getattr(acc, "__dict__")["owner"])  # noqa: B009 (the builtin getattr is what is tested)
print(sorted(k for k in globals() if k in ("acc", "Account")))
