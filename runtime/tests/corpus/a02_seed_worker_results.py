import asyncio
import time

async def worker(name, delay):
    print(f'Getting started {name}')
    await asyncio.sleep(delay)
    print(f'Shutdown {name}')
    return f'Result from {name}'

async def main():
    tasks = [
        worker("Task-1", 2),
        worker("Task-2", 1),
        worker("Task-3", 3)
    ]
    results = await asyncio.gather(*tasks)
    print(f"All results: {results}")

if __name__ == "__main__":
    asyncio.run(main())
