import asyncio

async def async_generator():
    for i in range(5):
        await asyncio.sleep(0.5)
        yield i

async def main():
    async for value in async_generator():
        print(f"Value received: {value}")

if __name__ == "__main__":
    asyncio.run(main())
