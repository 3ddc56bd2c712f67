# A task destroyed while pending is reported to its loop's exception handler; a handler that
# registers it again must not leave the freed task in asyncio's list of tasks (Pyodide's 3.14.2
# C module did: the next all_tasks() read freed memory and the interpreter died).
import asyncio
import gc


class RecordingLoop:
    """Just enough of a loop for a task to start making itself, and no call_soon."""

    def get_debug(self):
        return False

    def call_exception_handler(self, context):
        print("handler:", context["message"])
        asyncio._register_task(context["task"])


async def job():
    pass


for attempt in range(3):
    coro = job()
    try:
        asyncio.Task(coro, loop=RecordingLoop())
    except AttributeError as exc:
        print("refused:", exc)
    coro.close()
    gc.collect()
    loop = asyncio.new_event_loop()
    print(attempt, "tasks of a new loop:", len(asyncio.all_tasks(loop)))
    loop.close()


# A handler that keeps the task brings it back to life: it stays registered, and pending.
kept = []


class KeepingLoop(RecordingLoop):
    def call_exception_handler(self, context):
        kept.append(context["task"])
        super().call_exception_handler(context)


keeping = KeepingLoop()
coro = job()
try:
    asyncio.Task(coro, loop=keeping)
except AttributeError:
    pass
gc.collect()
print("kept:", len(kept), "registered:", len(asyncio.all_tasks(keeping)), kept[0].done())
coro.close()


async def main():
    helper = asyncio.create_task(asyncio.sleep(0.1))
    await helper
    return len(asyncio.all_tasks())


print("running:", asyncio.run(main()))
