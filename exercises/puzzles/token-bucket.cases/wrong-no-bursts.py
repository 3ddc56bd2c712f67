# Spaces every call 1/rate apart (a leaky bucket): never too fast, but the allowed burst of 5 is lost.
# expect: fail
# expect-hint: bucket
import threading
import time


class TokenBucket:
    def __init__(self, rate, capacity):
        self.rate = rate
        self.capacity = capacity
        self.next_slot = time.monotonic()
        self.lock = threading.Lock()

    def acquire(self):
        with self.lock:
            now = time.monotonic()
            slot = max(now, self.next_slot)
            self.next_slot = slot + 1 / self.rate
        time.sleep(slot - now)


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
