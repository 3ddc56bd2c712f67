# Reads and writes the host's files (an instructor grading submissions runs them with full rights).
import os

for path in ["/etc/passwd", os.path.expanduser("~/.bashrc"), "/proc/self/environ"]:
    try:
        with open(path) as f:
            print(path, "read", len(f.read()))
    except OSError as error:
        print(path, type(error).__name__)
print(sorted(os.listdir("/"))[:3])
