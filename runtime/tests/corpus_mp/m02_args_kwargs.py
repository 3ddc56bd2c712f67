import multiprocessing as mp, time
def greet(name, delay, punct="!"):
    time.sleep(delay)
    print(f"hello {name}{punct}")
if __name__ == "__main__":
    ps = [mp.Process(target=greet, args=(n, d), kwargs={"punct": "?"}) for n, d in (("a", 0.2), ("b", 0.1))]
    for p in ps: p.start()
    for p in ps: p.join()
    print("done")
