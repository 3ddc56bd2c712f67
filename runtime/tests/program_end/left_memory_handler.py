# left: buffered
import logging
import logging.handlers
import sys
target = logging.StreamHandler(sys.stdout)
h = logging.handlers.MemoryHandler(100, target=target)
log = logging.getLogger("x")
log.addHandler(h)
log.setLevel(logging.INFO)
log.info("buffered")
print("done")
