import multiprocessing as mp
def fill(arr, i):
    arr[i] = i * i
if __name__ == "__main__":
    arr = mp.Array("d", 4)
    ps = [mp.Process(target=fill, args=(arr, i)) for i in range(4)]
    for p in ps: p.start()
    for p in ps: p.join()
    print(arr[:], len(arr))
