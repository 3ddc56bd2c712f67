# fidelity: no-timing
import multiprocessing as mp, pickle
if __name__ == "__main__":
    with mp.Pool(2) as pool:
        try:
            pool.map(lambda x: x, [1, 2])
        except (pickle.PicklingError, AttributeError) as e:
            print("cannot send a lambda:", type(e).__name__)
