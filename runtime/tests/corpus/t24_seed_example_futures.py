import concurrent.futures
import time

def task(x):
    print(f"Task {x} started")
    time.sleep(2)
    print(f"Task {x} finished")

with concurrent.futures.ThreadPoolExecutor(max_workers=3) as executor:
    for i in range(5):
        executor.submit(task, i)

print("Main thread finished")
