"""The aiofiles stand-in: the file API, its virtual latency, and ordinary I/O left alone."""

import asyncio
import builtins
import io
import os
import sys
import tempfile
import unittest
from pathlib import Path

sys.path.append(str(Path(__file__).resolve().parents[1] / "net"))  # elapsed.py
from elapsed import SLACK, Elapsed
from interleave import net

import aiofiles
import aiofiles.os
from aiofiles.base import op_latency


class AiofilesShim(unittest.TestCase):
    def setUp(self):
        self.dir = tempfile.TemporaryDirectory()
        self.path = os.path.join(self.dir.name, "data.txt")
        self.clock = Elapsed()
        net.install([], 0)

    def tearDown(self):
        self.dir.cleanup()

    def test_it_is_the_stand_in_and_open_is_untouched(self):
        self.assertIn("shims", aiofiles.__file__)
        self.assertIs(builtins.open, io.open)

    def test_latency_model(self):
        self.assertEqual(op_latency(), 0.001)
        self.assertAlmostEqual(op_latency(50_000_000), 0.501)

    def test_each_operation_waits_its_latency(self):
        async def main():
            async with aiofiles.open(self.path, "w") as f:
                self.assertAlmostEqual(self.clock.now, 0.001, delta=SLACK)
                self.assertEqual(await f.write("x" * 2_000_000), 2_000_000)
                self.assertAlmostEqual(self.clock.now, 0.001 + 0.021, delta=SLACK)
            self.assertAlmostEqual(self.clock.now, 0.023, delta=SLACK)  # close
            f = await aiofiles.open(self.path)
            self.assertEqual(len(await f.read()), 2_000_000)
            await f.close()

        asyncio.run(main())
        self.assertAlmostEqual(self.clock.now, 0.023 + 0.001 + 0.021 + 0.001, delta=SLACK)

    def test_operations_of_different_tasks_overlap(self):
        async def write(i):
            async with aiofiles.open(f"{self.path}{i}", "w") as f:
                await f.write("y" * 1_000_000)

        async def main():
            await asyncio.gather(*(write(i) for i in range(4)))

        asyncio.run(main())
        self.assertAlmostEqual(self.clock.now, 0.001 + 0.011 + 0.001, delta=SLACK)

    def test_text_and_binary_reading_api(self):
        with open(self.path, "w") as f:
            f.write("a\nb\nc\n")

        async def main():
            async with aiofiles.open(self.path) as f:
                self.assertEqual((f.name, f.mode, f.closed), (self.path, "r", False))
                self.assertEqual(await f.readline(), "a\n")
                self.assertEqual([line async for line in f], ["b\n", "c\n"])
                await f.seek(0)
                self.assertEqual(await f.readlines(), ["a\n", "b\n", "c\n"])
            self.assertTrue(f.closed)
            async with aiofiles.open(self.path, "rb") as f:
                self.assertEqual(type(f).__name__, "AsyncBufferedReader")
                self.assertEqual(await f.peek(1) != b"", True)
                self.assertEqual(await f.read(2), b"a\n")
            async with aiofiles.open(self.path, "ab") as f:
                self.assertEqual(type(f).__name__, "AsyncBufferedIOBase")
                await f.write(b"d\n")
            async with aiofiles.open(self.path, "rb", buffering=0) as f:
                self.assertEqual(type(f).__name__, "AsyncFileIO")
                self.assertEqual(await f.readall(), b"a\nb\nc\nd\n")

        asyncio.run(main())

    def test_os_functions(self):
        async def main():
            await aiofiles.os.mkdir(os.path.join(self.dir.name, "sub"))
            self.assertTrue(await aiofiles.os.path.isdir(os.path.join(self.dir.name, "sub")))
            async with aiofiles.open(self.path, "w") as f:
                await f.write("12345")
            self.assertEqual((await aiofiles.os.stat(self.path)).st_size, 5)
            self.assertEqual(await aiofiles.os.path.getsize(self.path), 5)
            await aiofiles.os.rename(self.path, self.path + ".bak")
            self.assertEqual(sorted(await aiofiles.os.listdir(self.dir.name)), ["data.txt.bak", "sub"])
            await aiofiles.os.remove(self.path + ".bak")
            self.assertFalse(await aiofiles.os.path.exists(self.path + ".bak"))
            with self.assertRaises(FileNotFoundError):
                await aiofiles.os.remove(self.path)
            with self.assertRaises(FileNotFoundError):
                await aiofiles.open(self.path)

        asyncio.run(main())

    def test_io_waits_report_to_the_scheduler_as_io(self):
        import contextlib
        import types

        reasons = []

        @contextlib.contextmanager
        def blocking(reason, detail):
            reasons.append((reason, detail.split(" ")[0]))
            yield

        sys.modules["interleave.sched"] = types.SimpleNamespace(blocking=blocking)
        try:
            asyncio.run(aiofiles.os.path.exists(self.path))
        finally:
            del sys.modules["interleave.sched"]
        self.assertEqual(reasons, [("io", "exists")])


if __name__ == "__main__":
    unittest.main()
