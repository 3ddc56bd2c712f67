import asyncio
import warnings


def old_api():
    warnings.warn("old_api is deprecated", DeprecationWarning, stacklevel=2)


def risky():
    warnings.warn("careful")


async def main():
    asyncio.sleep(0.1)
    await asyncio.sleep(0.01)
    print("main done")


old_api()
risky()
risky()
for _ in range(2):
    warnings.warn("in a loop", RuntimeWarning)
asyncio.run(main())
