import asyncio


async def fetch(n):
    await asyncio.sleep(0.01)
    return n


class Noisy:
    def __del__(self):
        print("Noisy collected at exit")


def start():
    fetch(1)
    print("dropped")


start()
pending = fetch(2)
also = [fetch(3), fetch(3)]
_private = fetch(4)
keeper = Noisy()
print("end")
