# Plays it safe with three workers: no refusals, but 4 s.
# expect: fail
# expect-hint: too-few
# expect-failing: elapsed, four-at-once, all-images
import threading
import time
from concurrent.futures import ThreadPoolExecutor


class TooManyConnections(Exception):
    pass


class ImageServer:
    """Serves one image a second per connection; refuses a fifth connection at once."""

    LIMIT = 4

    def __init__(self):
        self.open = 0
        self.lock = threading.Lock()

    def download(self, name):
        with self.lock:
            if self.open == self.LIMIT:
                raise TooManyConnections(f"{name}: more than {self.LIMIT} connections")
            self.open += 1
        try:
            time.sleep(1)
            return f"{name}.png"
        finally:
            with self.lock:
                self.open -= 1


server = ImageServer()
NAMES = [f"icon{i}" for i in range(10)]


MAX_WORKERS = 3

started = time.perf_counter()
with ThreadPoolExecutor(max_workers=MAX_WORKERS) as pool:
    files = list(pool.map(server.download, NAMES))
print(f"{len(files)} images with {MAX_WORKERS} workers in {time.perf_counter() - started:.1f} s")
