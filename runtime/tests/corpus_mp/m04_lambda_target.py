# fidelity: no-timing
import multiprocessing as mp, pickle
if __name__ == "__main__":
    mp.set_start_method("spawn")
    p = mp.Process(target=lambda: print("never"))
    try:
        p.start()
    except (pickle.PicklingError, AttributeError) as e:
        print("cannot start:", type(e).__name__)
