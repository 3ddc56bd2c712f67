"""Interleave's stand-in for `aiohttp` (3.13, client side), answered by the simulated network.

ClientSession with get/post/put/patch/delete/head/options/request, ClientResponse, ClientTimeout,
TCPConnector(limit=..., limit_per_host=...), BasicAuth, aiohttp.request and aiohttp's client
exceptions, with aiohttp's messages. Requests wait on the event loop for the virtual latency,
so gathered requests overlap: three requests of 1, 2 and 1 s take 2 s plus one round trip.
See client.py for timeouts and what is simplified; there is no server side (aiohttp.web).
"""

__version__ = "3.13.5"

from .client import DEFAULT_TIMEOUT, ClientSession, ClientTimeout, request
from .client_exceptions import *  # noqa: F403
from .client_exceptions import __all__ as _exceptions_all
from .client_reqrep import ClientResponse, RequestInfo
from .connector import BaseConnector, TCPConnector
from .helpers import BasicAuth

__all__ = (
    "BaseConnector",
    "BasicAuth",
    "ClientResponse",
    "ClientSession",
    "ClientTimeout",
    "DEFAULT_TIMEOUT",
    "RequestInfo",
    "TCPConnector",
    "request",
) + _exceptions_all
