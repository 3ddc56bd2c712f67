# fidelity: no-timing
# (CPython recorded at a machine load of 30: see mg01.)
# A manager whose server fails to set up (its initializer raises) ends before it reports its
# address: start() reads end-of-file from the pipe, and the server process exits with 1.
from multiprocessing.managers import SyncManager


def load_config(path):
    raise ValueError(f"no config at {path}")


def greet(name):
    print("server ready for", name, flush=True)


if __name__ == "__main__":
    broken = SyncManager()
    try:
        broken.start(initializer=load_config, initargs=("/etc/app.toml",))
    except EOFError as e:
        print("start failed:", type(e).__name__)
    broken._process.join(5)
    print("server exit code:", broken._process.exitcode)

    with SyncManager() as good:
        pass
    working = SyncManager()
    working.start(initializer=greet, initargs=("main",))
    print("shared list:", working.list([1, 2])[:])
    working.shutdown()
