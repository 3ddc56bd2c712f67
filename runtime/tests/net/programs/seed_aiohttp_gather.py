# The aiohttp example of the seed article, indentation restored: three requests gathered.
# elapsed: 2.05
import aiohttp
import asyncio
import time

async def fetch_data(session, url):
    try:
        async with session.get(url) as response:
            return await response.text()
    except Exception as e:
        return f"Error: {str(e)}"

async def main():
    urls = [
        "https://httpbin.org/delay/1",
        "https://httpbin.org/delay/2",
        "https://httpbin.org/delay/1"
    ]
    
    async with aiohttp.ClientSession() as session:
        start_time = time.time()
        results = await asyncio.gather(*[fetch_data(session, url) for url in urls])
        end_time = time.time()
        
        print(f"Completed in {end_time - start_time:.2f} seconds")
        print(f"Received {len(results)} answers")

if __name__ == "__main__":
    asyncio.run(main())
