# Puts asyncio.timeout inside the loop: each quote gets 2 s, the dashboard no limit.
# expect: fail
# expect-hint: per-call-timeout
# expect-failing: output, elapsed
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
        # wait_for cancels fetch_live if it is not done within 1 s and raises TimeoutError.
        price = await asyncio.wait_for(fetch_live(symbol), timeout=1.0)
    except TimeoutError:
        return f"{CACHED[symbol]} (cached)"
    return f"{price} (live)"


async def dashboard(symbols):
    loop = asyncio.get_running_loop()
    started = loop.time()
    for symbol in symbols:
        try:
            async with asyncio.timeout(2.0):
                print(f"{symbol}: {await quote(symbol)}")
        except TimeoutError:
            print(f"dashboard timed out after {loop.time() - started:.1f} s")


asyncio.run(dashboard(["ACME", "GLOBEX", "INITECH"]))
