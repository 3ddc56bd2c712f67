/**
 * Opening an instructor's pack: from `?pack=…` when the page opens, from files dropped on the page
 * or chosen with "Open a pack…", or again from the copy kept in storage (./pack-storage.ts).
 * Writes to the store through its actions; the built-in course is never touched.
 */
import { useAppStore } from "../../store/app-store";
import { droppedSource, loadCustomPack } from "./custom-pack";
import { fetchPack, packParam, readDroppedFiles, type PackFiles } from "./pack-files";
import { forgetPack, readStoredPack, storePack } from "./pack-storage";

function storage(): Storage | null {
  try {
    return window.localStorage;
  } catch {
    return null;
  }
}

async function finish(source: string, label: string, files: PackFiles): Promise<void> {
  const pack = await loadCustomPack(source, label, files);
  useAppStore.getState().customPackLoaded(pack);
}

/** Takes `?pack=` out of the address, so a reload does not bring back a pack the learner replaced. */
function dropPackParam(): void {
  const url = new URL(location.href);
  if (!url.searchParams.has("pack")) return;
  url.searchParams.delete("pack");
  history.replaceState(history.state, "", url);
}

export async function openPackUrl(url: string): Promise<void> {
  useAppStore.getState().customPackStarted(url);
  const fetched = await fetchPack(url, location.href, (u) => fetch(u));
  const stored = readStoredPack(storage());
  const reached = Object.keys(fetched.files).length > 0;
  if (reached) storePack(storage(), url, url, fetched);
  // Unreachable (offline, say): the copy from the last visit, if it is this pack's.
  const files =
    !reached && stored?.source === url
      ? { files: stored.files, errors: [], title: stored.title }
      : fetched;
  await finish(url, url, files);
}

export async function openPackFiles(list: readonly File[]): Promise<void> {
  if (list.length === 0) return;
  const source = droppedSource(list.map((file) => file.name));
  const label = list.map((file) => file.name).join(", ");
  useAppStore.getState().customPackStarted(source);
  const files = await readDroppedFiles(list);
  if (Object.keys(files.files).length > 0) storePack(storage(), source, label, files);
  dropPackParam();
  await finish(source, label, files);
}

/** Removes the pack from the course map. The learner's code and progress on it stay saved. */
export function removePack(): void {
  const state = useAppStore.getState();
  if (state.customPack?.exercises.some((exercise) => exercise.id === state.openId))
    location.hash = "#/";
  forgetPack(storage());
  dropPackParam();
  state.removeCustomPack();
}

/** At start-up: the pack the address names, else the one opened last. */
export function startCustomPack(): void {
  const url = packParam(location.search);
  if (url !== null) {
    void openPackUrl(url);
    return;
  }
  const stored = readStoredPack(storage());
  if (stored === null) return;
  useAppStore.getState().customPackStarted(stored.source);
  void finish(stored.source, stored.label, {
    files: stored.files,
    errors: [],
    title: stored.title,
  });
}
