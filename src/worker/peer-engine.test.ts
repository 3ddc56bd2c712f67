import { describe, expect, it } from "vitest";
import type { Engine, RunRequest, RunResult } from "../engine/types";
import { runResult } from "../engine/testing";
import { isKeyboardInterrupt } from "./interrupt-guard";
import { peerEngine, servePeer } from "./peer-engine";

const local: Engine = {
  stackSwitching: true,
  pythonVersion: "3.14.2",
  run: () => Promise.reject(new Error("not here")),
  invoke: () => Promise.reject(new Error("not here")),
};

/** A channel whose far end makes runs with `run`. */
function channel(run: (request: RunRequest) => Promise<RunResult>) {
  const { port1, port2 } = new MessageChannel();
  servePeer(port2, run);
  const peer = peerEngine(port1, local);
  return { peer, close: () => port2.close() };
}

describe("peer engine", () => {
  it("makes a run at the other end and returns its result", async () => {
    const made: RunRequest[] = [];
    const { peer, close } = channel((request) => {
      made.push(request);
      return Promise.resolve(runResult({ stdout: `ran ${request.code}\n`, seed: 4 }));
    });
    const [a, b] = await Promise.all([
      peer.engine.run({ code: "a" }),
      peer.engine.run({ code: "b" }),
    ]);
    expect([a.stdout, b.stdout]).toEqual(["ran a\n", "ran b\n"]);
    expect(made.map((r) => r.code)).toEqual(["a", "b"]);
    expect(peer.engine.pythonVersion).toBe("3.14.2");
    peer.lost();
    close();
  });

  it("fails a run that was stopped there as a KeyboardInterrupt, and one that failed with its reason", async () => {
    const { peer, close } = channel((request) =>
      request.code === "stopped"
        ? Promise.resolve(
            runResult({
              error: { type: "KeyboardInterrupt", message: "", line: 1, traceback: "" },
            }),
          )
        : Promise.reject(new Error("engine exploded")),
    );
    const stopped = await peer.engine.run({ code: "stopped" }).catch((e: unknown) => e);
    expect(isKeyboardInterrupt(stopped)).toBe(true);
    await expect(peer.engine.run({ code: "boom" })).rejects.toThrow("engine exploded");
    peer.lost();
    close();
  });

  it("once the other worker is gone, fails the runs under way and every later one", async () => {
    const { peer, close } = channel(() => new Promise<RunResult>(() => undefined));
    const pending = peer.engine.run({ code: "a" });
    peer.lost();
    await expect(pending).rejects.toThrow("gone");
    await expect(peer.engine.run({ code: "b" })).rejects.toThrow("gone");
    await expect(peer.engine.invoke("m", "f", {})).rejects.toThrow();
    close();
  });
});
