/** Export and import of the learner's work, as commands on the app store (outside React). */
import { useAppStore } from "../../store/app-store";
import {
  BACKUP_FILE_NAME,
  backupText,
  readBackup,
  restoreBackup,
  summarizeRestore,
  type RestoreSummary,
} from "../../store/backup";
import { persistedOf } from "../../store/sync";
import { downloadText } from "./download";

export function exportWork(): void {
  downloadText(BACKUP_FILE_NAME, backupText(useAppStore.getState()));
}

/** Adds a backup file's work to the store and says what changed; null when it is not a backup. */
export async function importWork(file: Blob): Promise<RestoreSummary | null> {
  const backup = readBackup(await file.text());
  if (backup === null) return null;
  const current = persistedOf(useAppStore.getState());
  const restored = restoreBackup(current, backup);
  const { code, codeEdited, progress } = restored;
  useAppStore.setState({ code, codeEdited, progress });
  return summarizeRestore(current, restored);
}
