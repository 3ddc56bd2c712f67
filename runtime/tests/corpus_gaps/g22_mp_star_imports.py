# fidelity: no-timing
# `from multiprocessing.<module> import *` brings the module's public names only (its __all__),
# not the modules and helpers it imports for itself.
import importlib

for name in ("pool", "process", "queues", "synchronize"):
    scope = {}
    exec(f"from multiprocessing.{name} import *", scope)
    print(name, sorted(k for k in scope if not k.startswith("__")))
    print(" ", sorted(importlib.import_module(f"multiprocessing.{name}").__all__))
