import asyncio

async def main():
    print("Starting main function")
    await asyncio.sleep(2)
    print("Main function resumed after 2 seconds")

asyncio.run(main())
