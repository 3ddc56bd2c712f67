"""aiohttp.connector for Interleave's stand-in: TCPConnector's connection limits.

A request holds one connection from the moment it is sent until its whole response has arrived
(aiohttp releases a connection when the response payload is complete). At most `limit`
connections are held at once (default 100, 0 = no limit) and at most `limit_per_host` per
host:port (default 0 = no limit); further requests wait, first come first served. As in aiohttp,
a connector must be created inside a running event loop. Simplified: no keep-alive handshakes
are modelled (the round trip is in the service's latency), so the other settings are accepted
and have no effect.
"""

import asyncio
from collections import defaultdict, deque

_SENTINEL = object()


class BaseConnector:
    """Connection limits shared by the requests of one or more sessions."""

    allowed_protocol_schema_set = frozenset({"http", "https"})

    def __init__(self, *, keepalive_timeout=_SENTINEL, force_close=False, limit=100, limit_per_host=0,
                 enable_cleanup_closed=False, loop=None, timeout_ceil_threshold=5):
        if force_close and keepalive_timeout is not None and keepalive_timeout is not _SENTINEL:
            raise ValueError("keepalive_timeout cannot be set if force_close is True")
        self._loop = loop or asyncio.get_running_loop()
        self._limit = limit
        self._limit_per_host = limit_per_host
        self._force_close = force_close
        self._timeout_ceil_threshold = timeout_ceil_threshold
        self._closed = False
        self._acquired = 0
        self._acquired_per_host = defaultdict(int)
        self._waiters = deque()

    @property
    def limit(self):
        return self._limit

    @property
    def limit_per_host(self):
        return self._limit_per_host

    @property
    def force_close(self):
        return self._force_close

    @property
    def closed(self):
        return self._closed

    async def close(self):
        self._closed = True

    def _available(self, key):
        if self._limit and self._acquired >= self._limit:
            return False
        return not (self._limit_per_host and self._acquired_per_host[key] >= self._limit_per_host)

    async def _acquire(self, key):
        """Waits for a free connection to `key` (host, port) and takes it."""
        while not self._available(key):
            waiter = self._loop.create_future()
            entry = (key, waiter)
            self._waiters.append(entry)
            try:
                await waiter
            except BaseException:
                if entry in self._waiters:
                    self._waiters.remove(entry)
                elif waiter.done() and not waiter.cancelled():
                    self._wake_next()  # woken, then cancelled: pass the free connection on
                raise
        self._acquired += 1
        self._acquired_per_host[key] += 1

    def _release(self, key):
        self._acquired -= 1
        self._acquired_per_host[key] -= 1
        self._wake_next()

    def _wake_next(self):
        for entry in list(self._waiters):
            waiting_key, waiter = entry
            if not waiter.done() and self._available(waiting_key):
                self._waiters.remove(entry)
                waiter.set_result(None)
                break


class TCPConnector(BaseConnector):
    """The default connector (`ClientSession(connector=TCPConnector(limit=10))`)."""

    def __init__(self, *, ssl=True, verify_ssl=True, fingerprint=None, use_dns_cache=True, ttl_dns_cache=10,
                 family=0, ssl_context=None, local_addr=None, resolver=None, keepalive_timeout=_SENTINEL,
                 force_close=False, limit=100, limit_per_host=0, enable_cleanup_closed=False, loop=None,
                 timeout_ceil_threshold=5, happy_eyeballs_delay=0.25, interleave=None, socket_factory=None,
                 ssl_shutdown_timeout=_SENTINEL):
        super().__init__(keepalive_timeout=keepalive_timeout, force_close=force_close, limit=limit,
                         limit_per_host=limit_per_host, enable_cleanup_closed=enable_cleanup_closed, loop=loop,
                         timeout_ceil_threshold=timeout_ceil_threshold)
        self._ssl = ssl
        self._use_dns_cache = use_dns_cache

    @property
    def use_dns_cache(self):
        return self._use_dns_cache
