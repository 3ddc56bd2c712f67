# Ends the interpreter itself at once, in the middle of the run (posix._exit is not modelled:
# os._exit ends the program's simulated process instead, see os-exit.py).
import posix

print("before")
posix._exit(3)
