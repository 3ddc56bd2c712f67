# Abuses the introspection honest code may use, to reach the runtime, frames or the module table:
# each attempt must be refused with a message naming what was refused.
import gc
import importlib
import inspect
import operator
import string
import sys
import time


def attempt(label, action):
    try:
        result = action()
    except (ImportError, AttributeError, RuntimeError, KeyError, TypeError) as error:
        print(f"{label}: {type(error).__name__}: {error}")
    else:
        print(f"{label}: NOT REFUSED {type(result).__name__}")


attempt("sys.__dict__", lambda: sys.__dict__["modules"]["interleave.context"])
attempt("sys._getframe via vars", lambda: vars(sys)["_getframe"])
attempt("type.__dict__", lambda: type.__dict__["__subclasses__"])
attempt("function globals", lambda: type(attempt).__dict__["__globals__"].__get__(time.sleep))
attempt("sys.modules runtime", lambda: sys.modules["interleave"])
print("runtime modules seen:", [m for m in sys.modules if m == "js" or m.startswith(("interleave", "js.", "pyodide", "_pyodide"))])
attempt("sys.modules write", lambda: sys.modules.__setitem__("json", None))
attempt("attrgetter", lambda: operator.attrgetter("__globals__")(time.sleep))
attempt("attrgetter dotted", lambda: operator.attrgetter("sleep.__globals__")(time))
attempt("methodcaller", lambda: operator.methodcaller("__subclasses__")(object))
attempt("getattribute", lambda: object.__getattribute__(time.sleep, "__globals__"))
attempt("formatter", lambda: string.Formatter().get_field("0.__globals__", (time.sleep,), {}))
attempt("inspect frame", lambda: inspect.currentframe())
attempt("inspect stack", lambda: inspect.stack())
attempt("inspect module", lambda: inspect.getmodule(time.sleep))
attempt("inspect closure", lambda: inspect.getclosurevars(time.sleep))
attempt("getmembers globals", lambda: dict(inspect.getmembers(time.sleep))["__globals__"])
attempt("importlib runtime", lambda: importlib.import_module("interleave.context"))
attempt("importlib js", lambda: importlib.import_module("js"))
attempt("importlib reload", lambda: importlib.reload(time))
attempt("gc objects", lambda: getattr(gc, "get_" + "objects")())
attempt("gc referrers", lambda: getattr(gc, "get_" + "referrers")(time.sleep))
attempt("globals hooks", lambda: globals()["__builtins__"])
attempt("wrapped", lambda: time.sleep.__wrapped__)
attempt("module dict hook", lambda: vars(sys.modules[__name__])["__builtins__"])
attempt("setattr dict", lambda: setattr(time, "__dict__", {}))
