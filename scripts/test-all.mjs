#!/usr/bin/env node
// `npm test`: every check of the project, in order, then one closing line `N passed, M failed`.
//
// Stages: lint, typecheck, prettier, Python lint (ruff) and types (pyright), unit tests (vitest: src/, runtime/, cli/), production build,
// no-CDN scan of the build, end-to-end tests (Playwright + Debian's Chromium on the build).
// A check stage counts as one test; vitest and Playwright contribute their own test counts, read
// from their JSON reports. Every stage runs even after a failure (so one run shows everything),
// except those that need the build when the build failed: they count as failed.
// Exit status: 0 only if nothing failed.
import { spawnSync } from "node:child_process";
import { existsSync, readdirSync, readFileSync, rmSync, statSync } from "node:fs";
import { createServer } from "node:net";
import { join } from "node:path";

const ROOT = new URL("..", import.meta.url).pathname;
const BIN = join(ROOT, "node_modules", ".bin");
const REPORTS = join(ROOT, "test-results");
const UNIT_REPORT = join(REPORTS, "unit.json");
const E2E_REPORT = join(REPORTS, "e2e.json");
const CHROMIUM = process.env.CHROMIUM_PATH ?? "/usr/bin/chromium";
const CDN_PATTERN = /cdn\.jsdelivr|unpkg|cdnjs|googleapis/;

/** Runs a tool from node_modules/.bin with inherited output; true if it exited 0. */
function tool(name, args, env = process.env) {
  const result = spawnSync(join(BIN, name), args, { cwd: ROOT, stdio: "inherit", env });
  if (result.error) console.error(`could not run ${name}: ${result.error.message}`);
  return result.status === 0;
}

function readJson(path) {
  try {
    return JSON.parse(readFileSync(path, "utf8"));
  } catch {
    return null;
  }
}

/** A TCP port nobody listens on right now, for the e2e preview server. */
function freePort() {
  return new Promise((resolve, reject) => {
    const server = createServer();
    server.once("error", reject);
    server.listen(0, "127.0.0.1", () => {
      const { port } = server.address();
      server.close(() => resolve(port));
    });
  });
}

/** Runs a project script with this Node; true if it exited 0. */
function script(path, args = []) {
  const result = spawnSync(process.execPath, [join(ROOT, path), ...args], {
    cwd: ROOT,
    stdio: "inherit",
  });
  if (result.error) console.error(`could not run ${path}: ${result.error.message}`);
  return result.status === 0;
}

/** A check stage: one test. */
const check = (ok) => ({ passed: ok ? 1 : 0, failed: ok ? 0 : 1 });

/** vitest's JSON report (Jest-compatible): counts per test; a run that crashed counts as one failure. */
function unitCounts(ok) {
  const report = readJson(UNIT_REPORT);
  if (!report) return check(false);
  // A file that fails to load has no failed test but fails the run: count it as one failure.
  const brokenFiles = (report.testResults ?? []).filter(
    (file) => file.status === "failed" && !file.assertionResults.some((t) => t.status === "failed"),
  ).length;
  const failed = (report.numFailedTests ?? 0) + brokenFiles;
  return { passed: report.numPassedTests ?? 0, failed: failed === 0 && !ok ? 1 : failed };
}

/** Playwright's JSON report: expected = passed, unexpected = failed, flaky counts as failed. */
function e2eCounts(ok) {
  const stats = readJson(E2E_REPORT)?.stats;
  if (!stats) return check(false);
  const failed = (stats.unexpected ?? 0) + (stats.flaky ?? 0);
  return { passed: stats.expected ?? 0, failed: failed === 0 && !ok ? 1 : failed };
}

/** Files under dir whose text names a CDN. */
function filesNamingCdn(dir) {
  const hits = [];
  for (const entry of readdirSync(dir)) {
    const path = join(dir, entry);
    if (statSync(path).isDirectory()) hits.push(...filesNamingCdn(path));
    else if (CDN_PATTERN.test(readFileSync(path).toString("latin1"))) hits.push(path);
  }
  return hits;
}

const stages = [
  { name: "lint", run: () => check(tool("eslint", [".", "--max-warnings=0"])) },
  { name: "typecheck", run: () => check(tool("tsc", ["--noEmit", "-p", "tsconfig.json"])) },
  { name: "prettier", run: () => check(tool("prettier", ["--check", "."])) },
  { name: "python lint (ruff)", run: () => check(script("scripts/lint-python.mjs")) },
  {
    name: "python types (pyright)",
    run: () => check(tool("pyright", ["-p", "runtime/pyrightconfig.json"])),
  },
  {
    name: "unit tests",
    run: () => {
      rmSync(UNIT_REPORT, { force: true });
      const ok = tool("vitest", [
        "run",
        "--reporter=default",
        "--reporter=json",
        `--outputFile.json=${UNIT_REPORT}`,
      ]);
      return unitCounts(ok);
    },
  },
  { name: "build", run: () => check(tool("vite", ["build"])) },
  {
    name: "no CDN in build",
    needsBuild: true,
    run: () => {
      const hits = filesNamingCdn(join(ROOT, "dist"));
      for (const hit of hits) console.error(`names a CDN: ${hit}`);
      return check(hits.length === 0);
    },
  },
  {
    name: "e2e tests",
    needsBuild: true,
    run: async () => {
      if (!existsSync(CHROMIUM)) {
        console.error(`No Chromium at ${CHROMIUM}. Install Debian's: apt-get install -y chromium`);
        return check(false);
      }
      rmSync(E2E_REPORT, { force: true });
      const env = { ...process.env, E2E_PORT: String(await freePort()) };
      return e2eCounts(tool("playwright", ["test"], env));
    },
  },
];

let passed = 0;
let failed = 0;
let built = false;
const lines = [];
for (const stage of stages) {
  console.log(`\n=== ${stage.name} ===`);
  const started = process.hrtime.bigint();
  const counts =
    stage.needsBuild && !built
      ? (console.error("skipped: the build failed"), check(false))
      : await stage.run();
  if (stage.name === "build") built = counts.failed === 0;
  const seconds = Number(process.hrtime.bigint() - started) / 1e9;
  passed += counts.passed;
  failed += counts.failed;
  lines.push(
    `${counts.failed === 0 ? "ok  " : "FAIL"} ${stage.name}: ${counts.passed} passed, ${counts.failed} failed (${seconds.toFixed(1)} s)`,
  );
}

console.log(`\n=== summary ===\n${lines.join("\n")}`);
console.log(`${passed} passed, ${failed} failed`);
process.exitCode = failed === 0 ? 0 : 1;
