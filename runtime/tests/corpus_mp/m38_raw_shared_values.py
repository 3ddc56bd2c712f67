# fidelity: no-timing
# Raw shared values and arrays have no lock (RawValue, RawArray, lock=False); lock=None makes a
# new one as lock=True does; something that is not a lock is refused; a child's writes are seen
import multiprocessing as mp


def bump(counter, numbers):
    counter.value += 5
    numbers[0] = 99


if __name__ == "__main__":
    for obj in (mp.RawValue("i", 1), mp.Value("i", 1, lock=False), mp.RawArray("i", 3),
                mp.Array("i", 3, lock=False)):
        print(type(obj).__name__.startswith("Synchronized"), hasattr(obj, "get_lock"),
              hasattr(obj, "get_obj"))
    v = mp.Value("d", 1.5, lock=None)
    print(type(v).__name__, type(v.get_lock()).__name__, v.get_obj().value)
    lock = mp.Lock()
    a = mp.Array("i", [1, 2, 3], lock=lock)
    print(a.get_lock() is lock, list(a))
    try:
        mp.Array("i", 3, lock="notalock")
    except AttributeError as e:
        print("AttributeError:", e)
    raw = mp.RawValue("i", 1)
    print(repr(raw))
    numbers = mp.RawArray("i", [1, 2, 3])
    p = mp.Process(target=bump, args=(raw, numbers))
    p.start()
    p.join()
    print(raw.value, numbers[:])
