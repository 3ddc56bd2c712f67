# A hand-made pickle that names a runtime module: loading it would reach the judge's state.
import pickle

print(pickle.loads(pickle.dumps({"ok": [1, 2.5, (3,)], "set": {4}})))
try:
    pickle.loads(b"cinterleave.context\nactive\n)R.")
except pickle.UnpicklingError as error:
    print("refused:", error)
try:
    pickle.loads(b"cbuiltins\neval\n(S'1+1'\ntR.")
except pickle.UnpicklingError as error:
    print("refused:", error)
