/**
 * A one-line notice under the top bar: a new version is waiting (with a Reload button), or, once,
 * that the site is now available offline. Nothing shows while neither applies.
 */
import { useAppStore } from "../../store/app-store";
import { applyUpdate } from "./service-worker";
import { UPDATE_TEXT } from "./update-text";
import "./update.css";

export function UpdateBanner() {
  const updateWaiting = useAppStore((s) => s.updateWaiting);
  const offlineReady = useAppStore((s) => s.offlineReady);
  const closed = useAppStore((s) => s.offlineNoticeClosed);
  const close = useAppStore((s) => s.closeOfflineNotice);
  const text = UPDATE_TEXT[useAppStore((s) => s.lang)];
  if (updateWaiting)
    return (
      <div role="status" className="site-banner" data-testid="update-banner">
        <span>{text.updateWaiting}</span>
        <button type="button" title={text.reloadTitle} onClick={applyUpdate}>
          {text.reload}
        </button>
      </div>
    );
  if (offlineReady && !closed)
    return (
      <div role="status" className="site-banner site-banner--quiet" data-testid="offline-ready">
        <span>{text.offlineReady}</span>
        <button type="button" onClick={close}>
          {text.close}
        </button>
      </div>
    );
  return null;
}
