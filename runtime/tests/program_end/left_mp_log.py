# left: process shutting down
import multiprocessing
import logging
if __name__ == "__main__":
    multiprocessing.log_to_stderr(logging.INFO)
    print("done")
