"""A response body that arrives piece by piece on the virtual clock (/drip, /stream).

``Arrival`` is made when the headers arrive: it knows when each byte of the body is there and
when the body ends. The clients read through it: ``wait_for(need)`` / ``await_for(need)``
wait until ``need`` bytes have arrived (or the body ended), ``wait_end`` / ``await_end`` until
it ended. A body that does not stream has arrived whole with its headers.
"""

from __future__ import annotations

import time

from .model import Exchange
from .service import block, pause


class Arrival:
    def __init__(self, exchange: Exchange) -> None:
        response = exchange.response
        self.detail = exchange.detail
        start = time.monotonic()
        self.times: list[tuple[float, int]] = []  # (when, bytes arrived by then)
        arrived = 0
        for offset, data in response.pieces:
            arrived += len(data)
            self.times.append((start + offset, arrived))
        self.end = start + (response.body_end if response.pieces else 0.0)
        self.size = len(response.body)

    def arrived(self) -> int:
        """Bytes of the body that are here now."""
        now = time.monotonic()
        if now >= self.end:
            return self.size
        got = 0
        for when, upto in self.times:
            if when > now:
                break
            got = upto
        return got

    def ended(self) -> bool:
        return time.monotonic() >= self.end

    def _when(self, need: int) -> float:
        """When at least ``need`` bytes are here (the body's end if it has fewer)."""
        for when, upto in self.times:
            if upto >= need:
                return when
        return self.end

    def wait_for(self, need: int) -> None:
        block(self._when(need) - time.monotonic(), self.detail)

    def wait_end(self) -> None:
        block(self.end - time.monotonic(), self.detail)

    async def await_for(self, need: int) -> None:
        delay = self._when(need) - time.monotonic()
        if delay > 0:
            await pause(delay, self.detail)

    async def await_end(self) -> None:
        delay = self.end - time.monotonic()
        if delay > 0:
            await pause(delay, self.detail)
