from concurrent.futures import ProcessPoolExecutor
def cube(x):
    return x ** 3
if __name__ == "__main__":
    with ProcessPoolExecutor(max_workers=2) as ex:
        f = ex.submit(cube, 3)
        print(f.result())
        print(list(ex.map(cube, range(5))))
