"""requests.adapters.HTTPAdapter for Interleave's stand-in.

Mounting an adapter (e.g. to set `max_retries`) is accepted so programs that do it run; the
simulated network never drops a connection, so retries and pool sizes change nothing.
"""

DEFAULT_POOLSIZE = 10
DEFAULT_RETRIES = 0
DEFAULT_POOLBLOCK = False


class BaseAdapter:
    """The Base Transport Adapter"""

    def close(self):
        pass


class HTTPAdapter(BaseAdapter):
    """The built-in HTTP adapter (its settings are kept but have no effect)."""

    def __init__(self, pool_connections=DEFAULT_POOLSIZE, pool_maxsize=DEFAULT_POOLSIZE,
                 max_retries=DEFAULT_RETRIES, pool_block=DEFAULT_POOLBLOCK):
        self.max_retries = max_retries
        self._pool_connections = pool_connections
        self._pool_maxsize = pool_maxsize
        self._pool_block = pool_block
