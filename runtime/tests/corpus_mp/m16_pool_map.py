import multiprocessing as mp
def square(x):
    return x * x
def power(x, y):
    return x ** y
if __name__ == "__main__":
    with mp.Pool(3) as pool:
        print(pool.map(square, range(8)))
        print(pool.starmap(power, [(2, 3), (3, 2), (4, 1)]))
