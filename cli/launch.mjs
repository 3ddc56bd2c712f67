#!/usr/bin/env node
// Starts the CLI (cli/main.ts) in a Node with WebAssembly stack switching (JSPI), which Node 20
// keeps behind a flag that NODE_OPTIONS refuses: `npm run interleave` passes the flag, and
// started without it (`node cli/launch.mjs`) this re-launches Node with it.
//
// The CLI is TypeScript. Running it through tsx transpiled some sixty files on every start
// (0.6-0.8 s of the 2 s the CLI may take to start); instead it is bundled once with esbuild (a
// dependency of vite) into node_modules/.cache/interleave/, and the bundle is used for as long as
// the files it was built from are unchanged (their hash is kept beside it). Without esbuild, or if
// bundling fails, the CLI runs through tsx as before: slower, never broken.
import { spawnSync } from "node:child_process";
import { createHash } from "node:crypto";
import { existsSync, mkdirSync, readFileSync, renameSync, writeFileSync } from "node:fs";
import { dirname, join } from "node:path";
import { fileURLToPath, pathToFileURL } from "node:url";

const here = dirname(fileURLToPath(import.meta.url));
const root = dirname(here);
const entry = join(here, "main.ts");
const cacheDir = join(root, "node_modules/.cache/interleave");
const bundlePath = join(cacheDir, "cli.mjs");
const inputsPath = join(cacheDir, "cli.inputs.json");

/**
 * A hash of the files (relative to the project root) a bundle was built from, as they are now,
 * and of the root itself: the bundle holds its sources' absolute URLs (see ownUrl), so a bundle
 * copied into another checkout (a worktree whose node_modules is a copy of main's) must not be
 * used there, or that checkout's CLI would read main's exercises and engine.
 */
function hashOf(files) {
  const hash = createHash("sha256");
  hash.update(`${root}\0`);
  for (const file of files) {
    hash.update(`${file}\0`);
    try {
      hash.update(readFileSync(join(root, file)));
    } catch {
      hash.update("\0missing\0");
    }
  }
  return hash.digest("hex");
}

/** The kept bundle, if the files it was built from have not changed since. */
function keptBundle() {
  try {
    const { files, hash } = JSON.parse(readFileSync(inputsPath, "utf8"));
    if (Array.isArray(files) && hashOf(files) === hash && existsSync(bundlePath)) return bundlePath;
  } catch {
    // no bundle yet, or an unreadable record: build one
  }
  return null;
}

/**
 * Each module keeps seeing its own `import.meta.url` (the CLI finds the project's folders from
 * it, and `check`/`validate` compare it with the script Node was started with): the source file's
 * URL is written in its place before the module is bundled.
 */
const ownUrl = {
  name: "own-import-meta-url",
  setup(build) {
    build.onLoad({ filter: /\.[cm]?tsx?$/ }, (args) => ({
      contents: readFileSync(args.path, "utf8").replaceAll(
        "import.meta.url",
        JSON.stringify(pathToFileURL(args.path).href),
      ),
      loader: args.path.endsWith("x") ? "tsx" : "ts",
    }));
  },
};

/** Bundles the CLI into the cache; returns its path, or null if that cannot be done here. */
async function buildBundle() {
  let esbuild;
  try {
    esbuild = await import("esbuild");
  } catch {
    return null;
  }
  try {
    mkdirSync(cacheDir, { recursive: true });
    const partial = `${bundlePath}.${process.pid}`;
    const result = await esbuild.build({
      entryPoints: [entry],
      absWorkingDir: root,
      bundle: true,
      platform: "node",
      format: "esm",
      target: "node20",
      packages: "external",
      outfile: partial,
      metafile: true,
      logLevel: "silent",
      plugins: [ownUrl],
    });
    const files = Object.keys(result.metafile.inputs).sort(); // relative to the project root
    // whole or not at all, even with several invocations at once: the bundle first, then the
    // record that makes it used
    renameSync(partial, bundlePath);
    const record = `${inputsPath}.${process.pid}`;
    writeFileSync(record, JSON.stringify({ files, hash: hashOf(files) }));
    renameSync(record, inputsPath);
    return bundlePath;
  } catch {
    return null;
  }
}

const JSPI_FLAG = "--experimental-wasm-stack-switching";
const bundle = keptBundle() ?? (await buildBundle());
if (bundle && process.execArgv.includes(JSPI_FLAG)) {
  // Started with the flag (as `npm run interleave` does): the CLI runs in this process, which
  // saves starting a second Node. It reads its arguments from process.argv.slice(2) and exits.
  await import(pathToFileURL(bundle).href);
} else {
  const script = bundle ? [bundle] : ["--import", "tsx", entry];
  const result = spawnSync(process.execPath, [JSPI_FLAG, ...script, ...process.argv.slice(2)], {
    stdio: "inherit",
  });
  process.exit(result.status ?? 1);
}
