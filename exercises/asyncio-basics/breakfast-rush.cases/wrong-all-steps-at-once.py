# Gathers every step at once, feeding the later steps made-up inputs.
# expect: fail
# expect-hint: dish-order
# expect-failing: served, tea-order, toast-order, elapsed, tests
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
    water, tea, toast, buttered, eggs = await asyncio.gather(
        boil_water(), brew_tea("hot water"), toast_bread(), butter("toast"), fry_eggs()
    )
    return [tea, buttered, eggs]


async def main():
    started = time.perf_counter()
    dishes = await make_breakfast()
    print(f"served {dishes} after {time.perf_counter() - started:.0f} s")


asyncio.run(main())
