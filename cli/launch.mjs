#!/usr/bin/env node
// Re-launches Node with WebAssembly stack switching (JSPI) enabled, which Node 20 keeps behind a
// flag that NODE_OPTIONS refuses, and runs the TypeScript CLI through tsx.
import { spawnSync } from "node:child_process";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";

const here = dirname(fileURLToPath(import.meta.url));
const result = spawnSync(
  process.execPath,
  [
    "--experimental-wasm-stack-switching",
    "--import",
    "tsx",
    join(here, "main.ts"),
    ...process.argv.slice(2),
  ],
  { stdio: "inherit" },
);
process.exit(result.status ?? 1);
