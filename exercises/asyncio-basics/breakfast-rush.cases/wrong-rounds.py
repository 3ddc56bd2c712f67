# Gathers all first steps, then all second steps: tea waits for the eggs.
# expect: fail
# expect-hint: rounds
# expect-failing: served, elapsed, tests
import asyncio
import time

# How long each step takes, in seconds.
TIMES = {"boil water": 3, "brew tea": 2, "toast bread": 1, "butter toast": 1, "fry eggs": 4}
START = time.perf_counter()


def log(message):
    print(f"{time.perf_counter() - START:.0f} s  {message}")


async def step(name, result):
    log(f"start {name}")
    await asyncio.sleep(TIMES[name])
    log(f"done {name}")
    return result


async def boil_water():
    return await step("boil water", "hot water")


async def brew_tea(water):
    if water != "hot water":
        raise ValueError("tea needs hot water")
    return await step("brew tea", "tea")


async def toast_bread():
    return await step("toast bread", "toast")


async def butter(toast):
    if toast != "toast":
        raise ValueError("butter goes on toast")
    return await step("butter toast", "buttered toast")


async def fry_eggs():
    return await step("fry eggs", "eggs")


async def make_breakfast():
    water, toast, eggs = await asyncio.gather(boil_water(), toast_bread(), fry_eggs())
    tea, toast = await asyncio.gather(brew_tea(water), butter(toast))
    return [tea, toast, eggs]


async def main():
    started = time.perf_counter()
    dishes = await make_breakfast()
    print(f"served {dishes} after {time.perf_counter() - started:.0f} s")


asyncio.run(main())
