"""The simulated DNS: which host names have an address on the virtual internet.

A name resolves when it looks like a public name (dotted labels of letters, digits and hyphens
under an alphabetic top-level domain: httpbin.org, example.com, api.github.com), when it is an
IP literal, `localhost` (or a name under `.localhost`), or a host an exercise declared.
Names under the reserved top-level domains `.invalid`, `.test` and `.example` (RFC 2606) and
single-label names other than localhost do not resolve, as on a real resolver.
"""

from __future__ import annotations

import ipaddress
import re

RESERVED_TLDS = frozenset({"invalid", "test", "example"})
_LABEL = re.compile(r"^[a-z0-9](?:[a-z0-9-]{0,61}[a-z0-9])?$")


def normalise(host: str) -> str:
    """Lower-case, without the trailing dot of a fully qualified name or IPv6 brackets."""
    return host.strip().rstrip(".").strip("[]").lower()


def resolves(host: str, declared: frozenset[str] = frozenset()) -> bool:
    """Whether the simulated DNS has an address for `host`."""
    name = normalise(host)
    if not name:
        return False
    if name in declared:
        return True
    try:
        ipaddress.ip_address(name)
        return True
    except ValueError:
        pass
    if name == "localhost" or name.endswith(".localhost"):
        return True
    labels = name.split(".")
    if len(labels) < 2 or labels[-1] in RESERVED_TLDS:
        return False
    return all(_LABEL.match(label) for label in labels) and labels[-1].isalpha()
