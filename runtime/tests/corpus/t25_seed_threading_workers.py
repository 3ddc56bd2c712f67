import threading
import time

def worker(name):
    print(f'Getting started {name}')
    time.sleep(2)
    print(f'Shutdown {name}')

threads = []
for i in range(3):
    t = threading.Thread(target=worker, args=(f'Thread-{i}',))
    threads.append(t)
    t.start()

for t in threads:
    t.join()
