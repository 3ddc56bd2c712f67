/**
 * The top bar's rarely used tools (authoring, export and import, theme, language). On a wide
 * screen they sit in the bar; on a phone they would take a fifth of the screen, so they fold
 * behind a "Menu" button (a disclosure: the panel opens below the bar, in the page's flow, so it
 * is never clipped and never covers the page). Esc, a click outside and a page change close it.
 */
import { useEffect, useId, useRef, useState, type ReactNode } from "react";
import { useUiText } from "../features/i18n/use-ui-text";

export function TopbarMenu({ children }: { children: ReactNode }) {
  const text = useUiText().app;
  const [open, setOpen] = useState(false);
  const button = useRef<HTMLButtonElement>(null);
  const panel = useRef<HTMLDivElement>(null);
  const id = useId();
  useEffect(() => {
    if (!open) return;
    const onPointerDown = (event: PointerEvent) => {
      const target = event.target as Node | null;
      if (!panel.current?.contains(target) && !button.current?.contains(target)) setOpen(false);
    };
    const close = () => setOpen(false);
    document.addEventListener("pointerdown", onPointerDown);
    window.addEventListener("hashchange", close);
    return () => {
      document.removeEventListener("pointerdown", onPointerDown);
      window.removeEventListener("hashchange", close);
    };
  }, [open]);
  return (
    <div className="topbar__menu" data-open={open ? "" : undefined}>
      <button
        ref={button}
        type="button"
        className="topbar__menu-button"
        aria-expanded={open}
        aria-controls={id}
        title={text.menuTitle}
        data-testid="topbar-menu"
        onClick={() => setOpen((o) => !o)}
      >
        <span aria-hidden="true">☰ </span>
        {text.menu}
      </button>
      <div
        ref={panel}
        id={id}
        className="topbar__tools"
        onKeyDown={(event) => {
          if (event.key !== "Escape" || !open) return;
          setOpen(false);
          button.current?.focus();
        }}
      >
        {children}
      </div>
    </div>
  );
}
