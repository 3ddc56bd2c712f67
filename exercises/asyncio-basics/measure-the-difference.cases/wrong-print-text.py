# Prints the expected lines without measuring anything.
# expect: fail
# expect-hint: fake-output
# expect-failing: tests, overlap, elapsed
import asyncio


async def all_at_once(orders):
    return []


async def timed(coro):
    return None, 0.0


print("one by one: ['latte ready', 'tea ready', 'mocha ready'] in 6.0 s")
print("all at once: ['latte ready', 'tea ready', 'mocha ready'] in 3.0 s")
