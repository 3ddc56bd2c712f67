# left: bye
import atexit
atexit.register(print, "bye")
print("done")
