# What fs-tamper.py tried to change, as the next run sees it (it must print what a fresh
# interpreter prints).
import os
import sys

zip_path = next(p for p in sys.path if p.endswith(".zip"))
with open(zip_path, "rb") as f:
    print("zip starts", f.read(8))
with open("new.txt", "w") as f:
    print("cwd", os.getcwd(), "fd", f.fileno(), "ino", os.fstat(f.fileno()).st_ino)
os.remove("new.txt")
print("tmp", sorted(os.listdir("/tmp")), "home", sorted(os.listdir("/home")))
print("home mode", oct(os.stat("/home/pyodide").st_mode & 0o777), sorted(os.listdir(".")))
print("stdin open", os.fstat(0) is not None)
