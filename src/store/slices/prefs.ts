/** The learner's preferences. Persisted. */
import { DEFAULT_LANG, type Lang } from "../../i18n";
import type { SliceCreator } from "../types";

/** A language of the registry (src/i18n). */
export type Language = Lang;

export interface PrefsSlice {
  /** Language of exercise texts (falls back to English where a text has no translation). */
  lang: Language;
  setLang: (lang: Language) => void;
}

export const createPrefsSlice: SliceCreator<PrefsSlice> = (set) => ({
  lang: DEFAULT_LANG,
  setLang: (lang) => set({ lang }),
});
