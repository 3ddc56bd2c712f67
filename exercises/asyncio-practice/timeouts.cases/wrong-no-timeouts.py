# Waits for the hanging service: no timeout at all.
# expect: fail
# expect-hint: use-wait-for, use-timeout
# expect-failing: output, elapsed, tests, uses-wait-for, uses-timeout
import asyncio

LIVE = {"ACME": 101.5, "GLOBEX": 56.25, "INITECH": 12.0}
CACHED = {"ACME": 100.0, "GLOBEX": 55.0, "INITECH": 11.5}
# Seconds the live price service takes per symbol: GLOBEX hangs today.
DELAY = {"ACME": 0.4, "GLOBEX": 30.0, "INITECH": 0.8}


async def fetch_live(symbol):
    await asyncio.sleep(DELAY[symbol])
    return LIVE[symbol]


async def quote(symbol):
    # TODO: give the live service at most 1 s (asyncio.wait_for); if it is slower,
    # return f"{CACHED[symbol]} (cached)" instead.
    return f"{await fetch_live(symbol)} (live)"


async def dashboard(symbols):
    loop = asyncio.get_running_loop()
    started = loop.time()
    # TODO: the whole dashboard gets at most 2 s (async with asyncio.timeout(...)); when
    # time runs out, print f"dashboard timed out after {loop.time() - started:.1f} s".
    for symbol in symbols:
        print(f"{symbol}: {await quote(symbol)}")


asyncio.run(dashboard(["ACME", "GLOBEX", "INITECH"]))
