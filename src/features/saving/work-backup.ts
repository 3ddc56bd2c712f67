/** Export and import of the learner's work, as commands on the app store (outside React). */
import { useAppStore } from "../../store/app-store";
import { BACKUP_FILE_NAME, backupText, readBackup, restoreBackup } from "../../store/backup";
import { persistedOf } from "../../store/sync";
import { downloadText } from "./download";

export function exportWork(): void {
  downloadText(BACKUP_FILE_NAME, backupText(useAppStore.getState()));
}

/** Adds a backup file's work to the store; false when the file is not a backup. */
export async function importWork(file: Blob): Promise<boolean> {
  const backup = readBackup(await file.text());
  if (backup === null) return false;
  const current = persistedOf(useAppStore.getState());
  const { code, codeEdited, progress } = restoreBackup(current, backup);
  useAppStore.setState({ code, codeEdited, progress });
  return true;
}
