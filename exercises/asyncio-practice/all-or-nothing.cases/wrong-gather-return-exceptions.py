# gather with return_exceptions: nothing is cancelled, the trip is half booked.
# expect: fail
# expect-hint: siblings-continue
# expect-failing: output, order, tests, uses-task-group
import asyncio

booked = []


async def book(what, seconds, fails):
    try:
        await asyncio.sleep(seconds)  # talking to the booking service
        if fails:
            raise ValueError(f"{what}: sold out")
        booked.append(what)
        print(f"{what}: booked")
    except asyncio.CancelledError:
        print(f"{what}: cancelled")
        raise


async def book_trip(bookings):
    results = await asyncio.gather(*(book(*booking) for booking in bookings), return_exceptions=True)
    for result in results:
        if isinstance(result, Exception):
            raise result


async def main():
    try:
        await book_trip([("flight", 3, False), ("hotel", 2, False), ("car", 1, True)])
    except ValueError as error:
        print(f"trip failed: {error}")
    await asyncio.sleep(5)
    print(f"booked: {booked}")


asyncio.run(main())
