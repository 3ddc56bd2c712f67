/**
 * Vite config for the app, its Python worker and `vite preview`.
 *
 * - base "./": the built folder works from any path of any static host.
 * - COOP same-origin + COEP require-corp on dev and preview: they make the page cross-origin
 *   isolated, which enables SharedArrayBuffer and with it the interrupt buffer that Stop uses.
 * - Pyodide is excluded from dependency pre-bundling and its assets are served by our plugin.
 * - The memory snapshot of the engine is made at build time and shipped (scripts/vite-plugin-snapshot.ts).
 * - The bundled exercise packs are validated here, at build time (scripts/vite-plugin-bundled-pack.ts).
 * - A service worker (src/service-worker/sw.ts, through vite-plugin-pwa) precaches the whole built
 *   site for offline use and supplies the isolation headers where the host sends none. It is
 *   built only for production: the dev server has no service worker.
 */
import { readFileSync } from "node:fs";
import react from "@vitejs/plugin-react";
import { defineConfig, type Plugin } from "vite";
import { VitePWA } from "vite-plugin-pwa";
import { bundledPack } from "./scripts/vite-plugin-bundled-pack.ts";
import { pyodideAssets, pyodideNoCdn } from "./scripts/vite-plugin-pyodide.ts";
import { shippedSnapshotPlugins } from "./scripts/vite-plugin-snapshot.ts";

const isolationHeaders = {
  "Cross-Origin-Opener-Policy": "same-origin",
  "Cross-Origin-Embedder-Policy": "require-corp",
};

/**
 * Publishes the JSON Schemas in the built site: the exercise and course formats, so instructors'
 * editors can fetch them, and the run contract, which documents `interleave run --json`.
 */
function publishedSchemas(): Plugin {
  const files = [
    "schema/exercise.v1.schema.json",
    "schema/course.v1.schema.json",
    "schema/run.v1.schema.json",
  ];
  return {
    name: "interleave-schemas",
    generateBundle() {
      for (const file of files)
        this.emitFile({ type: "asset", fileName: file, source: readFileSync(file, "utf8") });
    },
  };
}

export default defineConfig(({ command }) => {
  // The memory snapshot the site ships (scripts/vite-plugin-snapshot.ts): builds only.
  const snapshot = shippedSnapshotPlugins(
    command === "build" && process.env["INTERLEAVE_SNAPSHOT"] !== "0",
  );
  return {
    base: "./",
    plugins: [
      snapshot.main,
      react(),
      bundledPack(),
      pyodideAssets(),
      pyodideNoCdn(),
      publishedSchemas(),
      VitePWA({
        strategies: "injectManifest",
        srcDir: "src/service-worker",
        filename: "sw.ts",
        registerType: "prompt",
        injectRegister: false,
        manifest: {
          name: "Interleave: Python concurrency on a virtual clock",
          short_name: "Interleave",
          description: "Learn asyncio, threads and processes by running them in your browser.",
          start_url: "./",
          scope: "./",
          display: "standalone",
          background_color: "#ffffff",
          theme_color: "#1f6feb",
          icons: [{ src: "favicon.svg", sizes: "any", type: "image/svg+xml" }],
        },
        injectManifest: {
          // Everything: Pyodide's files (9.6 MB of WebAssembly among them) included.
          globPatterns: ["**/*"],
          maximumFileSizeToCacheInBytes: 64 * 1024 * 1024,
          // Vite's hashed file names already change with their content: no revision needed.
          dontCacheBustURLsMatching: /^assets\/.+-[\w-]{8}\.\w+$/,
        },
      }),
    ],
    worker: {
      format: "es",
      plugins: () => [pyodideNoCdn(), snapshot.worker()],
    },
    optimizeDeps: { exclude: ["pyodide"] },
    server: { host: "127.0.0.1", headers: isolationHeaders },
    preview: { host: "127.0.0.1", headers: isolationHeaders },
    build: {
      target: "es2022",
      // Monaco is one large lazy chunk by design; it is not on the first screen's path.
      chunkSizeWarningLimit: 4096,
    },
  };
});
