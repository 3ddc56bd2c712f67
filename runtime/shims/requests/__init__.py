"""Interleave's stand-in for `requests` (2.33), answered by the simulated network.

Same public names and behaviour as requests for what exercises use: get/post/put/patch/delete/
head/options/request, Session, Response, exceptions, codes. Requests wait on the virtual clock
(see sessions.py for timeouts, redirects and what is simplified). The module layout mirrors
requests, so `from requests.exceptions import HTTPError` and the like work.
"""

__title__ = "requests"
__version__ = "2.33.1"

from . import exceptions, status_codes, structures  # noqa: E402
from .api import delete, get, head, options, patch, post, put, request  # noqa: E402
from .exceptions import (  # noqa: E402
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
from .models import PreparedRequest, Request, Response  # noqa: E402
from .sessions import Session, session  # noqa: E402
from .status_codes import codes  # noqa: E402
