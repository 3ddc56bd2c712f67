/**
 * An instructor's pack loaded beside the built-in course (src/features/packs/): while it loads,
 * and once loaded its exercises (ids in their own namespace, so their code and progress are kept
 * apart from the built-in course's), modules and errors. Never persisted here: the pack's files
 * are kept by src/features/packs/pack-storage.ts and validated again on each visit.
 */
import type { CustomPack } from "../../features/packs/custom-pack";
import type { SliceCreator } from "../types";

export interface CustomPackSlice {
  customPack: CustomPack | null;
  /** The source being loaded (a URL, or dropped files), or null. */
  customPackLoading: string | null;
  customPackStarted: (source: string) => void;
  customPackLoaded: (pack: CustomPack) => void;
  removeCustomPack: () => void;
}

export const createCustomPackSlice: SliceCreator<CustomPackSlice> = (set) => ({
  customPack: null,
  customPackLoading: null,
  customPackStarted: (source) => set({ customPackLoading: source }),
  customPackLoaded: (pack) =>
    set((state) =>
      // A slower, older load must not replace a newer one.
      state.customPackLoading === null || state.customPackLoading === pack.source
        ? { customPack: pack, customPackLoading: null }
        : state,
    ),
  removeCustomPack: () => set({ customPack: null, customPackLoading: null }),
});
