#!/usr/bin/env node
// `npm test`: every check of the project, then one closing line `N passed, M failed`.
//
// Stages: lint, typecheck, prettier, Python lint (ruff) and types (pyright), production build,
// then unit tests (vitest: src/, runtime/, cli/, scripts/), no-CDN scan of the build, end-to-end
// tests (Playwright + Debian's Chromium on the build).
// The short stages before the unit tests are independent and mostly single-threaded: they run side
// by side, one per core, each one's output printed whole when it ends (so logs never interleave).
// The test runners then run one at a time with live output, each using every core itself.
// A check stage counts as one test; vitest and Playwright contribute their own test counts, read
// from their JSON reports. Every stage runs even after a failure (so one run shows everything),
// except those that need the build when the build failed: they count as failed.
// Exit status: 0 only if nothing failed.
import { spawn } from "node:child_process";
import { existsSync, readdirSync, readFileSync, rmSync, statSync } from "node:fs";
import { createServer } from "node:net";
import { availableParallelism, loadavg } from "node:os";
import { join } from "node:path";

const ROOT = new URL("..", import.meta.url).pathname;
const BIN = join(ROOT, "node_modules", ".bin");
const REPORTS = join(ROOT, "test-results");
const UNIT_REPORT = join(REPORTS, "unit.json");
const E2E_REPORT = join(REPORTS, "e2e.json");
const CHROMIUM = process.env.CHROMIUM_PATH ?? "/usr/bin/chromium";
const CDN_PATTERN = /cdn\.jsdelivr|unpkg|cdnjs|googleapis/;

/**
 * Runs a command; resolves true if it exited 0. `out` null: output goes straight to this
 * process's; otherwise stdout and stderr are collected into `out.text` (a stage running beside
 * others prints it when it ends).
 */
function command(file, args, { env = process.env, out = null } = {}) {
  return new Promise((resolve) => {
    const child = spawn(file, args, { cwd: ROOT, env, stdio: out ? "pipe" : "inherit" });
    if (out) {
      child.stdout.on("data", (chunk) => (out.text += chunk));
      child.stderr.on("data", (chunk) => (out.text += chunk));
    }
    child.once("error", (error) => {
      const message = `could not run ${file}: ${error.message}\n`;
      if (out) out.text += message;
      else process.stderr.write(message);
      resolve(false);
    });
    child.once("close", (code) => resolve(code === 0));
  });
}

/** Runs a tool from node_modules/.bin; true if it exited 0. */
const tool = (name, args, options) => command(join(BIN, name), args, options);

/** Runs a project script with this Node; true if it exited 0. */
const script = (path, options) => command(process.execPath, [join(ROOT, path)], options);

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

/** The committed schema/*.json files that dist/schema/ lacks or holds in another version. */
function unpublishedSchemas(root) {
  const wrong = [];
  for (const name of readdirSync(join(root, "schema"))) {
    const built = join(root, "dist/schema", name);
    const committed = readFileSync(join(root, "schema", name), "utf8");
    if (!existsSync(built) || readFileSync(built, "utf8") !== committed) wrong.push(name);
  }
  for (const name of wrong) console.error(`dist/schema/${name} is missing or not schema/${name}`);
  return wrong;
}

/** Independent short stages, run side by side (longest first); `out` collects each one's output. */
const checks = [
  { name: "lint", run: (out) => tool("eslint", [".", "--max-warnings=0"], { out }) },
  { name: "prettier", run: (out) => tool("prettier", ["--check", "."], { out }) },
  { name: "typecheck", run: (out) => tool("tsc", ["--noEmit", "-p", "tsconfig.json"], { out }) },
  { name: "python lint (ruff)", run: (out) => script("scripts/lint-python.mjs", { out }) },
  {
    name: "python types (pyright)",
    run: (out) => tool("pyright", ["-p", "runtime/pyrightconfig.json"], { out }),
  },
  { name: "build", run: (out) => tool("vite", ["build"], { out }) },
];

/** Stages run one at a time after the checks, in this order, with live output. */
const stages = [
  {
    name: "unit tests",
    run: async () => {
      rmSync(UNIT_REPORT, { force: true });
      const ok = await tool("vitest", [
        "run",
        "--reporter=default",
        "--reporter=json",
        `--outputFile.json=${UNIT_REPORT}`,
      ]);
      return unitCounts(ok);
    },
  },
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
    // The JSON Schemas the site publishes (instructors' editors and `run --json` readers fetch
    // them): the build must carry each exactly as committed (vite.config.ts publishedSchemas).
    name: "schemas published in build",
    needsBuild: true,
    run: () => check(unpublishedSchemas(ROOT).length === 0),
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
      const env = { ...process.env, E2E_PORT: process.env.E2E_PORT ?? String(await freePort()) };
      return e2eCounts(await tool("playwright", ["test"], { env }));
    },
  },
];

const results = new Map();
const seconds = (started) => Number(process.hrtime.bigint() - started) / 1e9;

/** Runs the checks, at most one per core at a time; each one's output printed when it ends. */
async function runChecks() {
  const queue = [...checks];
  const worker = async () => {
    for (let stage = queue.shift(); stage; stage = queue.shift()) {
      const started = process.hrtime.bigint();
      const out = { text: "" };
      const counts = check(await stage.run(out));
      results.set(stage.name, { counts, seconds: seconds(started) });
      process.stdout.write(`\n=== ${stage.name} ===\n${out.text}`);
    }
  };
  const slots = Math.max(1, Math.min(availableParallelism(), queue.length));
  await Promise.all(Array.from({ length: slots }, worker));
}

// The timings mean little without the machine's load (a shared machine ran tests ten times slower).
const load = () => loadavg()[0].toFixed(1);
const loadAtStart = load();
const checksStarted = process.hrtime.bigint();
await runChecks();
const checksSeconds = seconds(checksStarted);
const built = results.get("build").counts.failed === 0;
for (const stage of stages) {
  console.log(`\n=== ${stage.name} ===`);
  const started = process.hrtime.bigint();
  const counts =
    stage.needsBuild && !built
      ? (console.error("skipped: the build failed"), check(false))
      : await stage.run();
  results.set(stage.name, { counts, seconds: seconds(started) });
}

let passed = 0;
let failed = 0;
const lines = [];
for (const { name } of [...checks, ...stages]) {
  const { counts, seconds: took } = results.get(name);
  passed += counts.passed;
  failed += counts.failed;
  lines.push(
    `${counts.failed === 0 ? "ok  " : "FAIL"} ${name}: ${counts.passed} passed, ${counts.failed} failed (${took.toFixed(1)} s)`,
  );
}

console.log(`\n=== summary ===`);
console.log(
  `(${availableParallelism()} cores; load average ${loadAtStart} at the start, ${load()} at the end)`,
);
console.log(`(the first ${checks.length} side by side: ${checksSeconds.toFixed(1)} s in all)`);
console.log(lines.join("\n"));
console.log(`${passed} passed, ${failed} failed`);
process.exitCode = failed === 0 ? 0 : 1;
