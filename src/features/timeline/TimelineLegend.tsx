/** What the timeline's colours and marks mean; lists only the block reasons this trace has. */
import type { UiText } from "../i18n/ui-text";
import {
  DEADLOCK_COLOR,
  LOOP_BLOCKED_COLOR,
  PRINT_COLOR,
  READY_COLOR,
  reasonColor,
  RUNNING_COLOR,
} from "./colors";
import type { TimelineModel } from "./trace-model";

function Swatch({ color, outline = false }: { color: string; outline?: boolean }) {
  return (
    <span
      className="timeline-legend__swatch"
      style={
        outline ? { border: `2px solid ${color}`, background: `${color}2e` } : { background: color }
      }
    />
  );
}

export function TimelineLegend({
  model,
  text,
}: {
  model: TimelineModel;
  text: UiText["timeline"];
}) {
  const hasPrints = model.rows.some((row) => row.prints.length > 0);
  const hasLoopBlocks = model.rows.some((row) => row.loopBlocks.length > 0);
  return (
    <ul className="timeline-legend" aria-label={text.legend}>
      <li>
        <Swatch color={RUNNING_COLOR} />
        {text.running}
      </li>
      <li>
        <Swatch color={READY_COLOR} />
        {text.ready}
      </li>
      {model.reasons.map((reason) => (
        <li key={reason}>
          <Swatch color={reasonColor(reason)} />
          {text.blocked(text.reasons[reason])}
        </li>
      ))}
      {hasPrints && (
        <li>
          <svg width="10" height="8" aria-hidden="true">
            <path d="M0,0 L10,0 L5,8 Z" fill={PRINT_COLOR} className="timeline-svg__print" />
          </svg>
          {text.printed}
        </li>
      )}
      {hasLoopBlocks && (
        <li>
          <Swatch color={LOOP_BLOCKED_COLOR} outline />
          {text.loopBlocked}
        </li>
      )}
      {model.deadlockAt !== null && (
        <li>
          <Swatch color={DEADLOCK_COLOR} />
          {text.deadlock}
        </li>
      )}
    </ul>
  );
}
