/**
 * The languages Interleave speaks: one registry for the interface text (src/features/i18n), the
 * checker's messages (src/checker/messages.ts) and the translations the exercise format accepts
 * (src/exercises/format-parts.ts). Adding a language here makes every `Translations<...>` table a
 * compile error until it is translated.
 */

/** Each language: its name in itself (the picker) and in English (the schema's descriptions). */
export const LANGUAGES = {
  en: { label: "English", english: "English" },
  ru: { label: "Русский", english: "Russian" },
} as const;

export type Lang = keyof typeof LANGUAGES;
export const LANGS = Object.keys(LANGUAGES) as Lang[];

/** The fallback: every translated text of an exercise must have it. */
export const DEFAULT_LANG = "en" satisfies Lang;

/** One value per language, none missing. */
export type Translations<T> = { readonly [L in Lang]: T };

export function isLang(value: unknown): value is Lang {
  return typeof value === "string" && Object.hasOwn(LANGUAGES, value);
}

/** The registry's language for a tag ("ru-RU" -> "ru"), or null where it speaks none. */
function spoken(tag: string): Lang | null {
  if (isLang(tag)) return tag;
  const base = tag.split("-")[0]?.toLowerCase();
  return isLang(base) ? base : null;
}

/** The registry's language for a tag: "ru-RU" -> "ru", an unknown one -> English. */
export function resolveLang(tag: string): Lang {
  return spoken(tag) ?? DEFAULT_LANG;
}

/**
 * The language a first visit starts in: the first of the browser's preferred languages the
 * registry speaks ("ru-RU, en" -> "ru"), else English. The learner's own choice, once made, is
 * persisted and wins over this.
 */
export function browserLang(preferred: readonly string[] = navigatorLanguages()): Lang {
  for (const tag of preferred) {
    const lang = spoken(tag);
    if (lang) return lang;
  }
  return DEFAULT_LANG;
}

function navigatorLanguages(): readonly string[] {
  return typeof navigator === "undefined" ? [] : (navigator.languages ?? [navigator.language]);
}
