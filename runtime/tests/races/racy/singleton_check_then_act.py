# Check-then-act: two threads can both see `_instance is None` and both create one.
# correct: configs created: 1
import threading

created = []
_instance = None


class Config:
    def __init__(self):
        created.append(self)
        self.values = {"retries": 3}


def get_config():
    global _instance
    if _instance is None:
        _instance = Config()
    return _instance


threads = [threading.Thread(target=get_config) for _ in range(3)]
for t in threads:
    t.start()
for t in threads:
    t.join()
print(f"configs created: {len(created)}")
