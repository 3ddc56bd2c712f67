# Ends the interpreter at once, in the middle of the run.
import os

print("before")
os._exit(3)
