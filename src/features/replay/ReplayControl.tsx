/**
 * Under a failing explored-schedules check: the button that opens its replay, and the replay
 * itself while it is open (one replay at a time, for the verdict on screen).
 */
import type { ScheduleReplay } from "../../checker";
import { useUiText } from "../i18n/use-ui-text";
import { ReplayPanel } from "./ReplayPanel";
import { useReplayStore } from "./replay-store";

export function ReplayControl({
  exerciseId,
  checkId,
  replay,
}: {
  exerciseId: string;
  checkId: string;
  replay: ScheduleReplay;
}) {
  const text = useUiText().replay;
  const open = useReplayStore((s) =>
    s.open?.exerciseId === exerciseId &&
    s.open.checkId === checkId &&
    s.open.replay.seed === replay.seed
      ? s.open
      : null,
  );
  const start = useReplayStore((s) => s.start);
  if (open) return <ReplayPanel replay={replay} step={open.step} text={text} />;
  return (
    <button
      type="button"
      className="button button--small replay__open"
      data-testid="replay-open"
      onClick={() => start(exerciseId, checkId, replay)}
    >
      {text.open}
    </button>
  );
}
