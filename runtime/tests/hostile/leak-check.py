import json
import os
import threading
import time

print(json.loads("[1]"), threading.Thread is not None, time.sleep is not None)
print(os.environ.get("LEFT_BEHIND"), os.path.exists("left-behind.txt"))
