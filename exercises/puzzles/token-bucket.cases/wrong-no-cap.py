# Refills without the cap: an idle bucket collects more than `capacity` tokens.
# expect: fail
# expect-hint: cap
# expect-failing: tests
import threading
import time


class TokenBucket:
    def __init__(self, rate, capacity):
        self.rate = rate
        self.capacity = capacity
        self.tokens = capacity
        self.updated = time.monotonic()
        self.lock = threading.Lock()

    def acquire(self):
        while True:
            with self.lock:
                now = time.monotonic()
                self.tokens += (now - self.updated) * self.rate
                self.updated = now
                if self.tokens >= 1:
                    self.tokens -= 1
                    return
                wait = (1 - self.tokens) / self.rate
            time.sleep(wait)


def sensor(limiter, sent, started):
    for _ in range(5):
        limiter.acquire()
        sent.append(time.monotonic() - started)  # here the reading would go to the API


def main():
    limiter = TokenBucket(rate=5, capacity=5)  # the API allows 5 requests a second, bursts of 5
    sent = []
    started = time.monotonic()
    threads = [threading.Thread(target=sensor, args=(limiter, sent, started)) for _ in range(3)]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join()
    print("times:", " ".join(f"{t:.1f}" for t in sorted(sent)))
    print(f"sent {len(sent)} requests in {time.monotonic() - started:.1f} s")


main()
