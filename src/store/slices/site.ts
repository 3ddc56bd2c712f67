/**
 * The site as installed by its service worker (src/service-worker/): whether a new version is
 * waiting to replace the running one, and whether everything is cached for offline use. Written by
 * src/features/update/service-worker.ts; never persisted.
 */
import type { SliceCreator } from "../types";

export interface SiteSlice {
  /** A new version is installed and waits for the learner to reload into it. */
  updateWaiting: boolean;
  /** Every file of the site is cached: the app works with the network cut from now on. */
  offlineReady: boolean;
  /** The learner closed the offline notice. */
  offlineNoticeClosed: boolean;
  siteUpdateWaiting: () => void;
  siteOfflineReady: () => void;
  closeOfflineNotice: () => void;
}

export const createSiteSlice: SliceCreator<SiteSlice> = (set) => ({
  updateWaiting: false,
  offlineReady: false,
  offlineNoticeClosed: false,
  siteUpdateWaiting: () => set({ updateWaiting: true }),
  siteOfflineReady: () => set({ offlineReady: true }),
  closeOfflineNotice: () => set({ offlineNoticeClosed: true }),
});
