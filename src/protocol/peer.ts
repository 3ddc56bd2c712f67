/**
 * The channel between the current Python worker and the second one (./messages.ts, `peer` and
 * `serve`): the current worker asks for a run, the second makes it (sealed, nothing streamed) and
 * answers with its result, or with why it could not (an error's message; `interrupted` when a
 * Stop ended it). Each answer names the ask it answers.
 */
import type { RunRequest, RunResult } from "../engine/types";

export interface PeerAsk {
  readonly id: number;
  readonly request: RunRequest;
}

export type PeerAnswer =
  | { readonly id: number; readonly result: RunResult }
  | { readonly id: number; readonly error: string; readonly interrupted: boolean };
