/**
 * Whether the authoring page (src/features/authoring/) is on screen, from the URL hash
 * (`#/author`, or `#/author/<id>` to start from that exercise). Never persisted.
 */
import type { SliceCreator } from "../types";

export interface AuthoringSlice {
  /** Null when the authoring page is closed; else the exercise it starts from (null: a template). */
  authoring: { from: string | null } | null;
  setAuthoring: (authoring: { from: string | null } | null) => void;
}

export const createAuthoringSlice: SliceCreator<AuthoringSlice> = (set) => ({
  authoring: null,
  setAuthoring: (authoring) => set({ authoring }),
});
