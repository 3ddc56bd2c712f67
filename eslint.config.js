// Flat ESLint config. Run with --max-warnings=0 (`npm run lint`).
//
// Besides the usual rules it keeps the architecture's boundaries:
// - Monaco is imported by exactly one module (src/features/editor/CodeEditor.tsx), which is loaded
//   lazily; anywhere else an import of `monaco-editor` would pull 4 MB into the first screen.
// - Simulation, exercise and checking code runs on the virtual clock: wall-clock time and timers
//   are banned in src/engine/, src/checker/ and src/exercises/ (same input, same output).
import js from "@eslint/js";
import { defineConfig } from "eslint/config";
import globals from "globals";
import tseslint from "typescript-eslint";

const MONACO_MODULE = "src/features/editor/CodeEditor.tsx";
const VIRTUAL_CLOCK_FOLDERS = ["src/engine/**", "src/checker/**", "src/exercises/**"];

const wallClockMessage =
  "Simulation and checking code runs on the virtual clock: no wall-clock time or timers here.";

export default defineConfig(
  {
    ignores: ["dist/", "node_modules/", "test-results/", "playwright-report/", "coverage/"],
  },
  js.configs.recommended,
  tseslint.configs.recommendedTypeChecked,
  {
    languageOptions: {
      parserOptions: { projectService: true, tsconfigRootDir: import.meta.dirname },
    },
    rules: {
      "@typescript-eslint/no-explicit-any": "error",
      "@typescript-eslint/consistent-type-imports": "error",
      "@typescript-eslint/no-unused-vars": ["error", { argsIgnorePattern: "^_" }],
      "@typescript-eslint/switch-exhaustiveness-check": [
        "error",
        { considerDefaultExhaustiveForUnions: true },
      ],
      eqeqeq: ["error", "always"],
      "no-restricted-imports": [
        "error",
        {
          patterns: [
            {
              group: ["monaco-editor", "monaco-editor/*"],
              message: `Monaco is imported only by ${MONACO_MODULE} (loaded lazily).`,
            },
          ],
        },
      ],
    },
  },
  {
    // Plain JavaScript (configs, launchers, scripts): no type information.
    files: ["**/*.{js,mjs,cjs}"],
    extends: [tseslint.configs.disableTypeChecked],
  },
  {
    files: ["src/**"],
    languageOptions: { globals: { ...globals.browser } },
  },
  {
    files: ["src/worker/**"],
    languageOptions: { globals: { ...globals.worker } },
  },
  {
    files: [
      "cli/**",
      "scripts/**",
      "e2e/**",
      "bench/**",
      "runtime/**",
      "*.config.{js,ts,mjs}",
      "**/*.test.ts",
    ],
    languageOptions: { globals: { ...globals.node } },
  },
  {
    // Vitest's asymmetric matchers (expect.any, expect.stringContaining) are typed `any`.
    files: ["**/*.test.ts"],
    rules: { "@typescript-eslint/no-unsafe-assignment": "off" },
  },
  {
    files: [MONACO_MODULE],
    rules: { "no-restricted-imports": "off" },
  },
  {
    files: VIRTUAL_CLOCK_FOLDERS,
    rules: {
      "no-restricted-globals": [
        "error",
        ...[
          "setTimeout",
          "setInterval",
          "setImmediate",
          "performance",
          "requestAnimationFrame",
        ].map((name) => ({ name, message: wallClockMessage })),
      ],
      "no-restricted-properties": [
        "error",
        { object: "Date", property: "now", message: wallClockMessage },
        { object: "performance", property: "now", message: wallClockMessage },
        ...["globalThis", "window", "self"].flatMap((object) =>
          ["setTimeout", "setInterval", "performance"].map((property) => ({
            object,
            property,
            message: wallClockMessage,
          })),
        ),
      ],
    },
  },
);
