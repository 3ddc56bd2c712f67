import asyncio
async def main():
    loop = asyncio.get_running_loop()
    done = loop.create_future()
    t0 = loop.time()
    loop.call_later(0.2, lambda: print("later", round(loop.time() - t0, 1)))
    loop.call_soon(lambda: print("soon"))
    loop.call_at(t0 + 0.3, done.set_result, "finished")
    print(await done, round(loop.time() - t0, 1))
asyncio.run(main())
