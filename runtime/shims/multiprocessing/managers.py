"""``multiprocessing.Manager``: shared dicts, lists, queues and namespaces behind proxies.

CPython keeps the objects in a server process and each proxy call is a round trip; here they
stay in this interpreter, but the proxies behave the same where it shows: every call is atomic,
values come back as copies (so ``d["k"].append(1)`` changes nothing, the classic surprise), and
the proxies are shared with child processes by reference.
"""

import threading

from interleave import procs
from interleave.procs import Shared

from . import queues, sharedctypes, synchronize


class BaseProxy(Shared):
    _typeid = "object"

    def __init__(self, referent):
        self._referent = referent
        self._mutex = threading.Lock()

    def _call(self, name, *args, **kwargs):
        with self._mutex:
            result = getattr(self._referent, name)(*procs.copy(args), **procs.copy(kwargs))
            if isinstance(result, (type({}.keys()), type({}.values()), type({}.items()))):
                result = list(result)  # the manager sends views back as lists
        return procs.copy(result)

    def __str__(self):
        return self._call("__str__")

    def __repr__(self):
        return f"<{type(self).__name__} object, typeid {self._typeid!r} at {id(self):#x}>"

    def __reduce__(self):
        raise TypeError("proxies are shared with child processes by reference only")


def _methods(*names):
    def make(name):
        return lambda self, *a, **k: self._call(name, *a, **k)

    return {n: make(n) for n in names}


DictProxy = type("DictProxy", (BaseProxy,), {"_typeid": "dict", **_methods(
    "__contains__", "__delitem__", "__getitem__", "__len__", "__setitem__", "clear", "copy",
    "get", "items", "keys", "pop", "popitem", "setdefault", "update", "values")})
DictProxy.__iter__ = lambda self: iter(self._call("keys"))

ListProxy = type("ListProxy", (BaseProxy,), {"_typeid": "list", **_methods(
    "__contains__", "__delitem__", "__getitem__", "__len__", "__setitem__", "append", "count",
    "extend", "index", "insert", "pop", "remove", "reverse", "sort", "__imul__")})
ListProxy.__iter__ = lambda self: iter(self._call("copy"))
ListProxy.__iadd__ = lambda self, other: (self._call("extend", other), self)[1]


class _NS:
    pass


class NamespaceProxy(BaseProxy):
    _typeid = "Namespace"

    def __init__(self, **kwargs):
        super().__init__(_NS())
        vars(self._referent).update(kwargs)

    def __getattr__(self, name):
        if name.startswith("_"):
            raise AttributeError(name)
        with self._mutex:
            try:
                value = getattr(self._referent, name)
            except AttributeError:
                raise AttributeError(f"'Namespace' object has no attribute '{name}'") from None
        return procs.copy(value)

    def __setattr__(self, name, value):
        if name.startswith("_"):
            object.__setattr__(self, name, value)
            return
        with self._mutex:
            setattr(self._referent, name, procs.copy(value))

    def __repr__(self):
        items = ", ".join(f"{k}={v!r}" for k, v in vars(self._referent).items())
        return f"Namespace({items})"


SetProxy = type("SetProxy", (BaseProxy,), {"_typeid": "set", **_methods(
    "__contains__", "__len__", "add", "clear", "copy", "difference", "difference_update",
    "discard", "intersection", "intersection_update", "isdisjoint", "issubset", "issuperset",
    "pop", "remove", "symmetric_difference", "symmetric_difference_update", "union", "update")})
SetProxy.__iter__ = lambda self: iter(self._call("copy"))


class RemoteError(Exception):
    def __str__(self):
        return "\n" + "-" * 75 + "\n" + str(self.args[0]) + "-" * 75


def _public_methods(obj):
    return [name for name in dir(obj) if not name.startswith("_") and callable(getattr(obj, name))]


def AutoProxy(referent, exposed=None):
    """A proxy with the referent's public methods (or ``exposed``), each call a round trip."""
    names = tuple(exposed) if exposed is not None else tuple(_public_methods(referent))
    cls = type(f"AutoProxy[{type(referent).__name__}]", (BaseProxy,),
               {"_typeid": type(referent).__name__, "_exposed_": names, **_methods(*names)})
    return cls(referent)


#: Virtual seconds CPython takes to start a manager's server process (measured on Linux, 3.11).
SERVER_START = 0.06


class BaseManager:
    """A manager of shared objects. ``register`` adds a method that makes one and returns its
    proxy; the objects stay in this interpreter (see the module's note), the proxies behave as
    CPython's."""

    def __init__(self, address=None, authkey=None, serializer="pickle", ctx=None, *,
                 shutdown_timeout=1.0):
        self._state = "initial"
        self.address = address

    @classmethod
    def register(cls, typeid, callable=None, proxytype=None, exposed=None,
                 method_to_typeid=None, create_method=True):
        if "_registry" not in cls.__dict__:
            cls._registry = dict(getattr(cls, "_registry", {}))
        cls._registry[typeid] = (callable, proxytype, exposed)
        if create_method:
            def make(self, *args, **kwargs):
                maker, proxy, shown = type(self)._registry[typeid]
                referent = maker(*args, **kwargs)
                if proxy is None or proxy is AutoProxy:
                    return AutoProxy(referent, shown)
                return proxy(referent)

            make.__name__ = typeid
            setattr(cls, typeid, make)

    def start(self, initializer=None, initargs=()):
        procs.check_not_bootstrapping()
        procs.sch().charge_seconds(SERVER_START)
        self._state = "started"
        if initializer is not None:
            initializer(*initargs)

    def connect(self):
        self._state = "started"

    def shutdown(self):
        self._state = "shutdown"

    def join(self, timeout=None):
        pass

    def __enter__(self):
        if self._state == "initial":
            self.start()
        return self

    def __exit__(self, *exc):
        self.shutdown()


class SyncManager(BaseManager):
    def dict(self, *args, **kwargs):
        return DictProxy(dict(*args, **kwargs))

    def list(self, sequence=()):
        return ListProxy(list(sequence))

    def set(self, iterable=()):
        return SetProxy(set(iterable))

    def Namespace(self, **kwargs):
        return NamespaceProxy(**kwargs)

    def Queue(self, maxsize=0):
        return queues.Queue(maxsize)

    def JoinableQueue(self, maxsize=0):
        return queues.JoinableQueue(maxsize)

    def Value(self, typecode, value, lock=True):
        return sharedctypes.Value(typecode, value, lock=lock)

    def Array(self, typecode, sequence, lock=True):
        return sharedctypes.Array(typecode, sequence, lock=lock)

    Lock = staticmethod(synchronize.Lock)
    RLock = staticmethod(synchronize.RLock)
    Event = staticmethod(synchronize.Event)
    Semaphore = staticmethod(synchronize.Semaphore)
    BoundedSemaphore = staticmethod(synchronize.BoundedSemaphore)
    Condition = staticmethod(synchronize.Condition)
    Barrier = staticmethod(synchronize.Barrier)
