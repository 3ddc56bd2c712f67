import asyncio

async def fetch_data():
    print("Fetching data...")
    await asyncio.sleep(3)
    print("Data fetched after 3 seconds")

async def main():
    print("Starting main function")
    await asyncio.sleep(2)
    print("Main function resumed after 2 seconds")
    await fetch_data()

asyncio.run(main())
