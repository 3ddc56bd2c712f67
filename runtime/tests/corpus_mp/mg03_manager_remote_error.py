# fidelity: no-timing
# (CPython recorded at a machine load of 25, when its manager start and round trips take 10-40 times
# their idle cost: these cases check what the manager does; procs.START_COSTS times its start.)
# An exception a shared object's method raises comes back as itself; a failure of the server's
# own (a method the proxy does not expose) comes back as RemoteError with the server's traceback.
from multiprocessing.managers import BaseManager, RemoteError


class Store(BaseManager):
    pass


Store.register("Table", dict, exposed=("get", "__getitem__", "__setitem__"))

if __name__ == "__main__":
    with Store() as store:
        table = store.Table()
        table["x"] = 1
        print("get:", table.get("x"), table.get("y", "none"))
        try:
            table["missing"]
        except KeyError as e:
            print("raised in the server:", repr(e))
        try:
            table._callmethod("keys")
        except RemoteError as e:
            lines = str(e).strip("\n-").splitlines()
            print("RemoteError, first line:", lines[0])
            print("RemoteError, last line:", lines[-1])
        print("state after errors:", table.get("x"))
