# Only the dashboard deadline: GLOBEX never falls back to the cache.
# expect: fail
# expect-hint: use-wait-for
# expect-failing: output, tests, uses-wait-for
import asyncio

LIVE = {"ACME": 101.5, "GLOBEX": 56.25, "INITECH": 12.0}
CACHED = {"ACME": 100.0, "GLOBEX": 55.0, "INITECH": 11.5}
# Seconds the live price service takes per symbol: GLOBEX hangs today.
DELAY = {"ACME": 0.4, "GLOBEX": 30.0, "INITECH": 0.8}


async def fetch_live(symbol):
    await asyncio.sleep(DELAY[symbol])
    return LIVE[symbol]


async def quote(symbol):
    return f"{await fetch_live(symbol)} (live)"


async def dashboard(symbols):
    loop = asyncio.get_running_loop()
    started = loop.time()
    try:
        # One deadline for the whole block, however many awaits it contains.
        async with asyncio.timeout(2.0):
            for symbol in symbols:
                print(f"{symbol}: {await quote(symbol)}")
    except TimeoutError:
        print(f"dashboard timed out after {loop.time() - started:.1f} s")


asyncio.run(dashboard(["ACME", "GLOBEX", "INITECH"]))
