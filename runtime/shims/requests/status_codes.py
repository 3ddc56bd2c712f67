"""requests.codes: status codes by name (`requests.codes.ok == 200`, `codes.not_found == 404`).

Simplified: the names are http.HTTPStatus's in lower case plus requests' most used aliases,
not requests' full alias table.
"""

from http import HTTPStatus

from .structures import LookupDict

codes = LookupDict(name="status_codes")

_ALIASES = {
    200: ("okay", "all_ok", "all_okay", "all_good", "\\o/", "✓"),
    201: ("created",),
    204: ("no_content",),
    301: ("moved_permanently", "moved"),
    302: ("found",),
    304: ("not_modified",),
    400: ("bad_request", "bad"),
    401: ("unauthorized",),
    403: ("forbidden",),
    404: ("not_found", "-o-"),
    418: ("im_a_teapot", "teapot", "i_am_a_teapot"),
    429: ("too_many_requests", "too_many"),
    500: ("internal_server_error", "server_error", "/o\\", "✗"),
    503: ("service_unavailable", "unavailable"),
}


def _init():
    for status in HTTPStatus:
        for title in (status.name.lower(), *_ALIASES.get(status.value, ())):
            setattr(codes, title, status.value)
            if not title.startswith(("\\", "/")):
                setattr(codes, title.upper(), status.value)


_init()
