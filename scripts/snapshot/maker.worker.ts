/**
 * Makes the memory snapshot with the app worker's own loader and runtime files
 * (src/worker/browser-loader.ts, src/worker/runtime-sources.ts) and the engine's own snapshot step
 * (src/engine/engine.ts), in a worker as the app does: the snapshot is what a first visit would
 * make. Answers with it gzip-compressed, its size and where it was made.
 */
import { createEngine } from "../../src/engine/engine";
import { browserLoader } from "../../src/worker/browser-loader";
import { runtimeFiles } from "../../src/worker/runtime-sources";
import { snapshotEnvironment } from "../../src/worker/snapshot-environment";

export interface MakerResult {
  gzip: Uint8Array;
  bytes: number;
  environment: string;
}

async function make(indexURL: string): Promise<MakerResult> {
  const engine = await createEngine(await browserLoader(indexURL, null), runtimeFiles());
  // The engine restored an interpreter from it and ran nothing: the snapshot is sound.
  const raw = engine.snapshot;
  const stream = new Blob([raw as Uint8Array<ArrayBuffer>])
    .stream()
    .pipeThrough(new CompressionStream("gzip"));
  const gzip = new Uint8Array(await new Response(stream).arrayBuffer());
  return { gzip, bytes: raw.length, environment: snapshotEnvironment() };
}

self.onmessage = (event: MessageEvent<string>) => {
  make(event.data).then(
    (result) => self.postMessage(result),
    (e: unknown) => self.postMessage({ error: e instanceof Error ? e.message : String(e) }),
  );
};
