# The bucket without a lock: two threads can both see the last token and both take it.
# expect: fail
# expect-hint: check-then-act
# expect-failing: rate, tests
import threading
import time


class TokenBucket:
    def __init__(self, rate, capacity):
        self.rate = rate
        self.capacity = capacity
        self.tokens = capacity
        self.updated = time.monotonic()

    def acquire(self):
        while True:
            now = time.monotonic()
            self.tokens = min(self.capacity, self.tokens + (now - self.updated) * self.rate)
            self.updated = now
            if self.tokens >= 1:
                self.tokens -= 1
                return
            time.sleep((1 - self.tokens) / self.rate)


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
