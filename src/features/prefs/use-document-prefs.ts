/**
 * Applies the learner's preferences to the whole document: `<html lang>` follows the chosen
 * language (screen readers and hyphenation read it), and `data-theme` / `color-scheme` the chosen
 * theme, resolved against the system's `prefers-color-scheme` while the choice is "system" (and
 * followed live when the system switches). Returns the resolved theme for the editor.
 */
import { useEffect, useSyncExternalStore } from "react";
import { useAppStore } from "../../store/app-store";

export type Theme = "light" | "dark";

const DARK_QUERY = "(prefers-color-scheme: dark)";

function subscribe(onChange: () => void): () => void {
  const query = window.matchMedia(DARK_QUERY);
  query.addEventListener("change", onChange);
  return () => query.removeEventListener("change", onChange);
}

const systemIsDark = () => window.matchMedia(DARK_QUERY).matches;

/** The theme in effect: the learner's choice, or the system's while they have not chosen. */
export function useResolvedTheme(): Theme {
  const choice = useAppStore((s) => s.theme);
  const dark = useSyncExternalStore(subscribe, systemIsDark, () => false);
  return choice === "system" ? (dark ? "dark" : "light") : choice;
}

export function useDocumentPrefs(): void {
  const lang = useAppStore((s) => s.lang);
  const theme = useResolvedTheme();
  useEffect(() => {
    document.documentElement.lang = lang;
  }, [lang]);
  useEffect(() => {
    const root = document.documentElement;
    root.dataset.theme = theme;
    root.style.colorScheme = theme;
  }, [theme]);
}
