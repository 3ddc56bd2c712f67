/** Export and import of the learner's work, always at hand in the top bar. */
import { useRef, useState } from "react";
import { useUiText } from "../i18n/use-ui-text";
import type { RestoreSummary } from "../../store/backup";
import { exportWork, importWork } from "./work-backup";

export function BackupButtons() {
  const text = useUiText().saving;
  const input = useRef<HTMLInputElement>(null);
  // What happened to the last file, shown in the current language.
  const [status, setStatus] = useState<{ summary: RestoreSummary | null; name: string } | null>(
    null,
  );
  const onFile = async (file: File | undefined) => {
    if (!file) return;
    setStatus({ summary: await importWork(file), name: file.name });
    if (input.current) input.current.value = "";
  };
  return (
    <div className="backup-buttons">
      <button type="button" onClick={exportWork} title={text.exportTitle}>
        {text.export}
      </button>
      <button type="button" onClick={() => input.current?.click()} title={text.importTitle}>
        {text.importWork}
      </button>
      <input
        ref={input}
        type="file"
        accept="application/json,.json"
        hidden
        data-testid="import-work"
        onChange={(event) => void onFile(event.target.files?.[0])}
      />
      {status !== null && (
        <span role="status" className="backup-buttons__status" data-testid="import-status">
          {status.summary
            ? text.importSummary(
                status.summary.code,
                status.summary.progress,
                status.summary.solved,
              )
            : text.notABackup(status.name)}
        </span>
      )}
    </div>
  );
}
