# fidelity: no-timing
import asyncio

async def main():
    loop = asyncio.get_running_loop()
    handles = [loop.call_later(0.2, print, x) for x in "abcde"]
    loop.call_later(0.2, print, "f"); loop.call_later(0.2, print, "g"); loop.call_later(0.2, print, "h")
    await asyncio.sleep(0.3)
    t = loop.time()
    for x in "ijklm":
        loop.call_at(t + 0.1, print, x)
    await asyncio.sleep(0.3)

asyncio.run(main())
