# Makes multiprocessing call a function of its choice with the runtime's builtins, via __reduce__.
import multiprocessing


class Payload:
    def __reduce__(self):
        return (print, ("called during unpickling",))


if __name__ == "__main__":
    with multiprocessing.Pool(1) as pool:
        print(pool.map(str, [Payload()]))
