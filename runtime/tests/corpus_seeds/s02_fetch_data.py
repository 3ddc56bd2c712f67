import asyncio

async def fetch_data():
    print("Fetching data...")
    await asyncio.sleep(3)
    print("Data fetched after 3 seconds")

async def main():
    await fetch_data()

asyncio.run(main())
