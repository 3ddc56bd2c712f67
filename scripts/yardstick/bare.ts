/**
 * `node --import tsx scripts/yardstick/bare.ts FOLDER MODULE [NAME]...`: runs tests of CPython's
 * test package on bare Pyodide, without the Interleave runtime (its standard library and C
 * modules, 3.14.2 for Pyodide 314.0.7), and prints one line per test: `ok|FAIL|ERROR|skip ID`
 * and, for a failure, its last line. NAMEs keep the tests whose id contains one of them.
 *
 * It separates the yardstick's failures: one that fails here the same way is the standard
 * library's own (the tests are 3.14.10's: the version gap), one that passes here is the
 * runtime's. Only what bare Pyodide can run is told apart: `asyncio.EventLoop` cannot be made
 * here (`socket.socketpair()` fails with OSError 28, and the selector loop needs it for its
 * self-pipe) and threads cannot start, so tests using `asyncio.run`, `new_event_loop` or a
 * thread fail here for that reason; test_tasks' BaseTaskTests run on `test_utils.TestLoop`,
 * which needs neither. Pyodide's own loop counts as running in the thread state, as the
 * runtime's `sched/loop_state.py` says: it is taken out first.
 */
import { loadPyodide } from "pyodide";

const [folder, module, ...names] = process.argv.slice(2);
if (!folder || !module) {
  console.error("usage: bare.ts FOLDER MODULE [NAME]...");
  process.exit(2);
}
/** The part of Emscripten's FS used here (Pyodide's typings leave out `filesystems`). */
interface NodeFs {
  mkdir(path: string): void;
  mount(type: unknown, options: { root: string }, where: string): void;
  filesystems: Record<string, unknown>;
}
const pyodide = await loadPyodide();
const fs = pyodide.FS as unknown as NodeFs;
fs.mkdir("/cpython");
fs.mount(fs.filesystems["NODEFS"], { root: folder }, "/cpython");
pyodide.runPython(`
import json, sys, traceback, unittest, _asyncio
module, names = json.loads(${JSON.stringify(JSON.stringify([module, names]))})
sys.path.insert(0, "/cpython")
import test.support
test.support.requires_working_socket = lambda *, module=False: None  # let test_asyncio load
_asyncio._set_running_loop(None)


class Lines(unittest.TestResult):
    def _out(self, word, test, err=None):
        last = "" if err is None else traceback.format_exception(*err)[-1].strip()[:200]
        sys.__stdout__.write(f"{word} {test.id()} {last}\\n")

    def addSuccess(self, test):
        self._out("ok", test)

    def addFailure(self, test, err):
        self._out("FAIL", test, err)

    def addError(self, test, err):
        self._out("ERROR", test, err)

    def addSkip(self, test, reason):
        sys.__stdout__.write(f"skip {test.id()}\\n")


def flat(suite):
    for item in suite:
        if isinstance(item, unittest.TestSuite):
            yield from flat(item)
        else:
            yield item


loaded = unittest.TestLoader().loadTestsFromName(f"test.{module}")
chosen = [t for t in flat(loaded) if not names or any(n in t.id() for n in names)]
unittest.TestSuite(chosen).run(Lines())
`);
