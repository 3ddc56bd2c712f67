import asyncio
class Resource:
    async def __aenter__(self):
        await asyncio.sleep(0.1)
        print("opened")
        return self
    async def __aexit__(self, *exc):
        await asyncio.sleep(0.1)
        print("closed")
class Counter:
    def __init__(self, n):
        self.n = n
    def __aiter__(self):
        return self
    async def __anext__(self):
        if self.n == 0:
            raise StopAsyncIteration
        self.n -= 1
        await asyncio.sleep(0.05)
        return self.n
async def main():
    async with Resource():
        print([x async for x in Counter(3)])
asyncio.run(main())
