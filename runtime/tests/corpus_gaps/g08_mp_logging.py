# fidelity: no-timing
# (CPython spends 0.05-0.2 s starting each spawn process, which the virtual clock does not charge: runtime/README.md)
import logging
import multiprocessing
import sys
from multiprocessing import util


def work(x):
    # the child logs to its own stderr: point it at stdout so the record is compared
    multiprocessing.get_logger().handlers[0].setStream(sys.stdout)
    multiprocessing.get_logger().info("working on %s", x)
    print("child level", multiprocessing.get_logger().level, flush=True)


if __name__ == "__main__":
    multiprocessing.set_start_method("spawn")
    print(util.get_logger() is multiprocessing.get_logger(), flush=True)
    logger = multiprocessing.log_to_stderr(logging.INFO)
    logger.handlers[0].setStream(sys.stdout)
    print(logger.name, logger.level, logger.propagate, util.is_exiting(), flush=True)
    logger.info("hello %d", 1)
    logger.debug("not shown")
    util.info("from util")
    util.debug("not shown either")
    p = multiprocessing.Process(target=work, args=(7,))
    p.start()
    p.join()
    print("exit", p.exitcode, flush=True)
    done = []

    class Resource:
        pass

    util.Finalize(None, print, args=("finalized at exit",), exitpriority=1)
    resource = Resource()
    f = util.Finalize(resource, done.append, args=("called",))
    print(f.still_active(), f(), f.still_active(), done, flush=True)
    print(logging.getLevelName(util.SUBDEBUG), logging.getLevelName(util.SUBWARNING), flush=True)
