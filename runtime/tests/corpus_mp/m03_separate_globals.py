import multiprocessing as mp
data = [1, 2, 3]
total = 0
def change():
    global total
    data.append(4)
    total = 99
    print("child sees", data, total)
if __name__ == "__main__":
    p = mp.Process(target=change); p.start(); p.join()
    print("parent sees", data, total)
