/** The Python worker's state as the page sees it. Written by the worker bridge, never persisted. */
import type { InitStage } from "../../protocol/messages";
import type { SliceCreator } from "../types";

export type PythonStatus = "starting" | "ready" | "failed";

export interface PythonSlice {
  pythonStatus: PythonStatus;
  /** The start-up stage in progress while starting. */
  pythonStage: InitStage | null;
  pythonVersion: string | null;
  /** False where the browser cannot switch Python stacks (no JSPI): only asyncio works there. */
  stackSwitching: boolean | null;
  pythonError: string | null;
  pythonStarting: () => void;
  pythonProgress: (stage: InitStage) => void;
  pythonReady: (version: string, stackSwitching: boolean) => void;
  pythonFailed: (message: string) => void;
}

export const createPythonSlice: SliceCreator<PythonSlice> = (set) => ({
  pythonStatus: "starting",
  pythonStage: null,
  pythonVersion: null,
  stackSwitching: null,
  pythonError: null,
  pythonStarting: () => set({ pythonStatus: "starting", pythonStage: null, pythonError: null }),
  pythonProgress: (stage) => set({ pythonStage: stage }),
  pythonReady: (version, stackSwitching) =>
    set({ pythonStatus: "ready", pythonStage: null, pythonVersion: version, stackSwitching }),
  pythonFailed: (message) =>
    set({ pythonStatus: "failed", pythonStage: null, pythonError: message }),
});
