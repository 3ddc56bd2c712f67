"""aiofiles.os for Interleave's stand-in: async versions of os functions, each taking one
file-operation latency (1 ms, see base.op_latency)."""

import os

from . import ospath as path
from .base import wrap

__all__ = ["path", "stat", "rename", "renames", "replace", "remove", "unlink", "mkdir", "makedirs", "rmdir",
           "removedirs", "symlink", "readlink", "listdir", "scandir", "access", "wrap", "getcwd"]

access = wrap(os.access)
getcwd = wrap(os.getcwd)
listdir = wrap(os.listdir)
makedirs = wrap(os.makedirs)
mkdir = wrap(os.mkdir)
readlink = wrap(os.readlink)
remove = wrap(os.remove)
removedirs = wrap(os.removedirs)
rename = wrap(os.rename)
renames = wrap(os.renames)
replace = wrap(os.replace)
rmdir = wrap(os.rmdir)
scandir = wrap(os.scandir)
stat = wrap(os.stat)
symlink = wrap(os.symlink)
unlink = wrap(os.unlink)

for _name in ("link", "sendfile", "statvfs"):
    if hasattr(os, _name):
        __all__.append(_name)
        globals()[_name] = wrap(getattr(os, _name))
