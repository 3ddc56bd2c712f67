# Tries to leave a mark for the next run: patched modules, a file, an environment variable.
import json
import os
import threading
import time

json.loads = lambda text: "forged"
threading.Thread = None
time.sleep = None
os.environ["LEFT_BEHIND"] = "yes"
with open("left-behind.txt", "w") as f:
    f.write("from an earlier run")
print("patched")
