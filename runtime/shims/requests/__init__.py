"""Interleave's stand-in for `requests` (2.33), answered by the simulated network.

Same public names and behaviour as requests for what exercises use: get/post/put/patch/delete/
head/options/request, Session, Response, exceptions, codes. Requests wait on the virtual clock
(see sessions.py for timeouts, redirects and what is simplified). The module layout mirrors
requests, so `from requests.exceptions import HTTPError` and the like work.
"""
# ruff: noqa: F401 (the imports below are the package's public names)

__title__ = "requests"
__version__ = "2.33.1"

from . import exceptions, status_codes, structures
from .api import delete, get, head, options, patch, post, put, request
from .exceptions import (
    ConnectionError,
    ConnectTimeout,
    FileModeWarning,
    HTTPError,
    JSONDecodeError,
    ReadTimeout,
    RequestException,
    Timeout,
    TooManyRedirects,
    URLRequired,
)
from .models import PreparedRequest, Request, Response
from .sessions import Session, session
from .status_codes import codes
