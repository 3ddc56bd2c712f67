# os._exit ends the program's (simulated) process at once, with its status, as in CPython: no
# clean-up, and nothing after it runs; the interpreter and the run's timeline survive.
import os

print("before")
os._exit(3)
print("after")
