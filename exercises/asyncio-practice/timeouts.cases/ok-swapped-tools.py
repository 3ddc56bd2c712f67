# Another correct solution: asyncio.timeout per quote, wait_for around the dashboard loop.
# expect: pass
import asyncio

LIVE = {"ACME": 101.5, "GLOBEX": 56.25, "INITECH": 12.0}
CACHED = {"ACME": 100.0, "GLOBEX": 55.0, "INITECH": 11.5}
# Seconds the live price service takes per symbol: GLOBEX hangs today.
DELAY = {"ACME": 0.4, "GLOBEX": 30.0, "INITECH": 0.8}


async def fetch_live(symbol):
    await asyncio.sleep(DELAY[symbol])
    return LIVE[symbol]


async def quote(symbol):
    try:
        async with asyncio.timeout(1.0):
            return f"{await fetch_live(symbol)} (live)"
    except asyncio.TimeoutError:
        return f"{CACHED[symbol]} (cached)"


async def show_all(symbols):
    for symbol in symbols:
        print(f"{symbol}: {await quote(symbol)}")


async def dashboard(symbols):
    loop = asyncio.get_running_loop()
    started = loop.time()
    try:
        await asyncio.wait_for(show_all(symbols), timeout=2.0)
    except asyncio.TimeoutError:
        print(f"dashboard timed out after {loop.time() - started:.1f} s")


asyncio.run(dashboard(["ACME", "GLOBEX", "INITECH"]))
