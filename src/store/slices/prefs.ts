/** The learner's preferences. Persisted. */
import type { SliceCreator } from "../types";

export const LANGUAGES = [
  { code: "en", label: "English" },
  { code: "ru", label: "Русский" },
] as const;
export type Language = (typeof LANGUAGES)[number]["code"];

export interface PrefsSlice {
  /** Language of exercise texts (falls back to English where a text has no translation). */
  lang: Language;
  setLang: (lang: Language) => void;
}

export const createPrefsSlice: SliceCreator<PrefsSlice> = (set) => ({
  lang: "en",
  setLang: (lang) => set({ lang }),
});
