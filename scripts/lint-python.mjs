#!/usr/bin/env node
// `node scripts/lint-python.mjs [--fix]`: Ruff (its WebAssembly build, so nothing but npm is
// needed) over the Python runtime, its stand-in packages and its tests, for Python 3.14.
// Prints one line per finding (path:line:col code message) and exits 1 if there is any.
// The settings live here because the WebAssembly build reads no configuration file.
import { readdirSync, readFileSync, statSync } from "node:fs";
import { join, relative } from "node:path";
import { PositionEncoding, Workspace } from "@astral-sh/ruff-wasm-nodejs";

const ROOT = new URL("..", import.meta.url).pathname;
const FOLDERS = ["runtime/interleave", "runtime/shims", "runtime/tests"];
// Learner-style programs recorded from CPython, kept as CPython ran them: not runtime code.
const SKIP = [/\/corpus[^/]*\//, /\/programs\//];

export const SETTINGS = {
  "target-version": "py314",
  "line-length": 160,
  lint: {
    // pycodestyle errors, pyflakes, import order, bugbear, pyupgrade-lite, Ruff's own
    select: ["E", "F", "W", "I", "B", "UP", "RUF"],
    ignore: [
      "E501", // long lines: the code is wrapped by hand at about 110 characters
      "E731", // a named lambda is sometimes the clearest stand-in for a C function
      "B904", // `raise ... from` is chosen per case to match CPython's own tracebacks
      "B010", // setattr with a constant: the runtime sets names the rewrite invents
      "UP031", // %-formatting kept where CPython's own message uses it
      "UP032", // .format() kept where the stand-in mirrors the library's own source
      "UP041", // socket.timeout / asyncio.TimeoutError kept as the libraries spell them
      "RUF012", // class-level tables are read-only by convention
      "RUF005", // tuple concatenation reads better than unpacking in these few places
      "RUF022", // __all__ lists are grouped by meaning, not sorted
      "RUF023", // __slots__ are grouped by meaning, not sorted
      "I001", // import blocks follow the stdlib / local split by hand (isort's order differs in `from . import`)
    ],
  },
};

function pythonFiles(dir) {
  const out = [];
  for (const entry of readdirSync(dir).sort()) {
    const path = join(dir, entry);
    if (statSync(path).isDirectory()) out.push(...pythonFiles(path));
    else if (entry.endsWith(".py") && !SKIP.some((re) => re.test(path))) out.push(path);
  }
  return out;
}

const workspace = new Workspace(SETTINGS, PositionEncoding.Utf16);
let findings = 0;
let files = 0;
for (const folder of FOLDERS) {
  for (const path of pythonFiles(join(ROOT, folder))) {
    files += 1;
    for (const d of workspace.check(readFileSync(path, "utf8"))) {
      findings += 1;
      const where = `${relative(ROOT, path)}:${d.start_location.row}:${d.start_location.column}`;
      console.log(`${where} ${d.code ?? "syntax"} ${d.message}`);
    }
  }
}
console.log(`ruff ${Workspace.version()}: ${files} files, ${findings} finding(s)`);
process.exit(findings === 0 ? 0 : 1);
