/**
 * Vitest config: unit tests beside their modules in src/, the Python runtime's tests in runtime/,
 * and the CLI's in cli/, the build scripts' in scripts/. Tests that load Pyodide need JSPI stack switching, which Node 20 enables
 * only with a command-line flag (refused in NODE_OPTIONS), hence forked workers with execArgv.
 */
import { defineConfig } from "vitest/config";

export default defineConfig({
  test: {
    include: [
      "src/**/*.test.ts",
      "runtime/**/*.test.ts",
      "cli/**/*.test.ts",
      "scripts/**/*.test.ts",
    ],
    environment: "node",
    pool: "forks",
    execArgv: ["--experimental-wasm-stack-switching"],
    // A Pyodide load takes ~3 s in Node on a shared 2-core machine; tests may load it several times.
    testTimeout: 120_000,
    hookTimeout: 120_000,
  },
});
