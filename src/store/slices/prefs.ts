/** The learner's preferences: language and colour theme. Persisted. */
import { browserLang, type Lang } from "../../i18n";
import type { SliceCreator } from "../types";

/** A language of the registry (src/i18n). */
export type Language = Lang;

/** "system" follows the browser's `prefers-color-scheme` until the learner picks one. */
export const THEMES = ["system", "light", "dark"] as const;
export type ThemeChoice = (typeof THEMES)[number];

export const isThemeChoice = (value: unknown): value is ThemeChoice =>
  typeof value === "string" && (THEMES as readonly string[]).includes(value);

export interface PrefsSlice {
  /** Language of exercise texts (falls back to English where a text has no translation). */
  lang: Language;
  setLang: (lang: Language) => void;
  theme: ThemeChoice;
  setTheme: (theme: ThemeChoice) => void;
}

export const createPrefsSlice: SliceCreator<PrefsSlice> = (set) => ({
  lang: browserLang(),
  setLang: (lang) => set({ lang }),
  theme: "system",
  setTheme: (theme) => set({ theme }),
});
