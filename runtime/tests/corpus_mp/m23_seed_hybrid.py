# fidelity: no-timing
import asyncio
import concurrent.futures
import time

def cpu_intensive_task(n):
    result = sum(i * i for i in range(n))
    return result

async def main():
    loop = asyncio.get_event_loop()
    with concurrent.futures.ProcessPoolExecutor() as executor:
        tasks = [
            loop.run_in_executor(executor, cpu_intensive_task, 100000),
            loop.run_in_executor(executor, cpu_intensive_task, 200000),
            loop.run_in_executor(executor, cpu_intensive_task, 150000)
        ]
        results = await asyncio.gather(*tasks)
        print(f"Results: {results}")

if __name__ == "__main__":
    asyncio.run(main())
