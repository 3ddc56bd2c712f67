# if x > best: best = x -- another thread can raise best between the test and the store.
# correct: best = 299
import threading


class Best:
    def __init__(self):
        self.value = -1

    def offer(self, x):
        if x > self.value:
            self.value = x


best = Best()


def scan(numbers):
    for x in numbers:
        best.offer(x)


threads = [threading.Thread(target=scan, args=(range(k, 300, 3),)) for k in range(3)]
for t in threads:
    t.start()
for t in threads:
    t.join()
print(f"best = {best.value}")
