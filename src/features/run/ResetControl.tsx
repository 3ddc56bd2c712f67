/**
 * "Reset code": asks first (a modal dialog), then puts the starter code back and offers Undo,
 * which restores the learner's code as it was. The offer lasts until the code changes again, so
 * an Undo can never overwrite newer typing.
 */
import { useState } from "react";
import type { Exercise } from "../../exercises";
import { useAppStore } from "../../store/app-store";
import { codeOf } from "../../store/selectors";
import { ConfirmDialog } from "../hints/ConfirmDialog";
import { useUiText } from "../i18n/use-ui-text";

export function ResetControl({ exercise, disabled }: { exercise: Exercise; disabled: boolean }) {
  const text = useUiText().toolbar;
  const code = useAppStore((s) => codeOf(s, exercise));
  const edited = useAppStore((s) => exercise.id in s.code);
  const resetCode = useAppStore((s) => s.resetCode);
  const setCode = useAppStore((s) => s.setCode);
  const [asking, setAsking] = useState(false);
  // The code before the reset, and the starter code it was replaced with.
  const [undo, setUndo] = useState<{ before: string; after: string } | null>(null);
  const offerUndo = undo !== null && undo.after === code;

  const confirm = () => {
    setAsking(false);
    resetCode(exercise.id);
    // After: the starter code, as the editor now shows it.
    setUndo({ before: code, after: codeOf(useAppStore.getState(), exercise) });
  };

  return (
    <>
      <button
        type="button"
        className="button button--quiet"
        onClick={() => setAsking(true)}
        disabled={disabled || !edited}
      >
        {text.reset}
      </button>
      {offerUndo && (
        <p role="status" className="reset-undo" data-testid="reset-undo">
          <span>{text.resetDone}</span>
          <button
            type="button"
            className="button button--small"
            onClick={() => {
              setCode(exercise.id, undo.before);
              setUndo(null);
            }}
          >
            {text.undo}
          </button>
        </p>
      )}
      <ConfirmDialog
        open={asking}
        title={text.resetTitle}
        body={text.resetBody}
        confirmLabel={text.resetConfirm}
        cancelLabel={text.cancel}
        onConfirm={confirm}
        onCancel={() => setAsking(false)}
      />
    </>
  );
}
