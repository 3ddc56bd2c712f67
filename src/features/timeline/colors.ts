/**
 * Colours of the timeline: green for running, pale grey for ready, one colour per block reason.
 * Chosen to stay distinguishable side by side; the legend and the details text carry the same
 * information for anyone who cannot tell colours apart.
 */
import type { BlockReason } from "../../contract/names";
import type { SegmentState } from "./trace-model";

export const RUNNING_COLOR = "#16a34a";
export const READY_COLOR = "#d1d5db";
export const PRINT_COLOR = "#0f172a";
export const LOOP_BLOCKED_COLOR = "#dc2626";
export const DEADLOCK_COLOR = "#b91c1c";
export const PROCESS_COLOR = "#cbd5e1";
/** A replayed schedule's accesses: the racing ones stand out, the current step is ringed. */
export const CONFLICT_COLOR = "#e11d48";
export const ACCESS_COLOR = "#475569";
export const CURRENT_ACCESS_COLOR = "#1d4ed8";

/** One per reason of the contract: a new reason does not compile until it has a colour. */
const REASON_COLORS: Record<BlockReason, string> = {
  sleep: "#60a5fa",
  lock: "#f97316",
  condition: "#fb923c",
  semaphore: "#f59e0b",
  barrier: "#eab308",
  event: "#a78bfa",
  queue: "#14b8a6",
  join: "#64748b",
  future: "#c084fc",
  await: "#93c5fd",
  select: "#c7d2fe",
  io: "#84cc16",
  network: "#06b6d4",
  yield: "#fcd34d",
};

/** A blocked segment without a reason cannot come from a decoded trace; grey if it ever does. */
const NO_REASON_COLOR = "#9ca3af";

export function reasonColor(reason: BlockReason | null): string {
  return reason !== null ? REASON_COLORS[reason] : NO_REASON_COLOR;
}

export function stateColor(state: SegmentState, reason: BlockReason | null): string {
  switch (state) {
    case "running":
      return RUNNING_COLOR;
    case "ready":
      return READY_COLOR;
    case "blocked":
      return reasonColor(reason);
  }
}
