import concurrent.futures
import time

def worker(name):
    time.sleep(1)
    return f"Execution in the {name} thread"

if __name__ == "__main__":
    with concurrent.futures.ThreadPoolExecutor(max_workers=3) as executor:
        future = executor.submit(worker, "Thread-1")
        print(future.result())
