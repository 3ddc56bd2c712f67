# fidelity: no-timing
# (CPython recorded at a machine load of 25, when its manager start and round trips take 10-40 times
# their idle cost: these cases check what the manager does; procs.START_COSTS times its start.)
# A manager's server counts the references to each shared object: creating a proxy adds one,
# passing it to a child adds the child's, and dropping the last proxy frees the object.
import multiprocessing as mp


def fill(shared, n):
    for i in range(n):
        shared.append(i * i)


if __name__ == "__main__":
    with mp.Manager() as manager:
        print("objects at start:", manager._number_of_objects())
        squares = manager.list()
        table = manager.dict(a=1)
        print("after two proxies:", manager._number_of_objects())
        child = mp.Process(target=fill, args=(squares, 4))
        child.start()
        child.join()
        print("filled by the child:", list(squares))
        print("children alive besides the server:", len(mp.active_children()) - 1)
        del table
        print("after dropping the dict:", manager._number_of_objects())
        del squares
        print("after dropping the list:", manager._number_of_objects())
        print("debug info:", repr(manager._debug_info()))
