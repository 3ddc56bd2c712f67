"""``multiprocessing.managers``: CPython's own module, run unchanged but for the edits below.

As in CPython, ``Manager()`` starts a server process (a simulated process with its own clock and
module world, which runs the main module again as ``__mp_main__``, as a spawned server does). The
server keeps the shared objects by id with reference counts, and each proxy call is a round trip
over a connection to it; ``get_server()``, ``connect()`` to a manager by its address, ``shutdown``,
``_number_of_objects``/``_debug_info`` and ``RemoteError`` (the server's traceback) are CPython's
code. What the simulation provides instead of sockets is ``listener.py``: a manager's address is a
name in the run's world (a ``/tmp/pymp-.../listener-...`` path or a ``(host, port)`` pair).
"""

#: (CPython's text, what runs here instead, occurrences).
EDITS = (
    # Listener and Client by address within the run (listener.py; it also has Pipe).
    ("from . import connection\n", "from . import listener as connection\n", 1),
    # No Popen objects: a proxy pickled for another process always carries its authkey.
    ("from .context import reduction, get_spawning_popen, ProcessError\n",
     "from .context import reduction, ProcessError; from .listener import get_spawning_popen\n", 1),
    # sys is one module for every simulated process, and its stdout is the run's own collector:
    # the server must not put the real stream back as it ends.
    ("            if sys.stdout != sys.__stdout__: # what about stderr?\n",
     "            if False:  # sys.stdout != sys.__stdout__: see the module's EDITS\n", 1),
    # The server process ignores SIGINT, as CPython's (it is a child: the setting goes to its own
    # table of handlers, proc_signals, not to the run's Stop handler), and is charged what setting
    # itself up costs CPython (listener.SERVER_SETUP).
    ("        signal.signal(signal.SIGINT, signal.SIG_IGN)\n",
     "        signal.signal(signal.SIGINT, signal.SIG_IGN); connection.set_up_server()\n", 1),
)



def _load():
    # imported here so that the runtime's loader is no name of this module, which the program reads
    from interleave.stdlib_patch import run_edited

    run_edited(globals(), "multiprocessing/managers.py", EDITS)


_load()
del _load
