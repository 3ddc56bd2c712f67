/** The language registry and counted phrases (see ./languages, ./plural). */
export {
  browserLang,
  DEFAULT_LANG,
  isLang,
  LANGS,
  LANGUAGES,
  resolveLang,
  type Lang,
  type Translations,
} from "./languages";
export { plural, type PluralForms } from "./plural";
