/**
 * Building blocks of the exercise format (v1): identifiers, localised text, number helpers.
 * Shared by ./format-checks and ./format; see ./format for the whole picture.
 */
import { Type, type Static, type TOptional, type TSchema, type TString } from "@sinclair/typebox";
import { DEFAULT_LANG, LANGS, LANGUAGES, type Lang } from "../i18n";

export const SCHEMA_ID = "https://interleave.dev/schema/exercise.v1.json";
export const FORMAT_VERSION = 1;

/** Lower-case identifiers: exercise ids, module ids, hint ids, check ids. */
export const ID_PATTERN = "^[a-z0-9][a-z0-9._-]*$";
const LANG_PATTERN = "^[a-z]{2,3}(-[A-Za-z0-9]{2,8})?$";

export const id = (description: string) =>
  Type.String({ pattern: ID_PATTERN, maxLength: 80, description });

/**
 * One property per language of the registry (src/i18n): English required (the fallback), the
 * others optional. Other language codes are accepted too (an instructor's pack may carry more).
 */
type OtherLang = Exclude<Lang, typeof DEFAULT_LANG>;
type TranslationProperties = { [DEFAULT_LANG]: TString } & { [L in OtherLang]: TOptional<TString> };

function translationProperties(): Record<Lang, TString | TOptional<TString>> {
  const properties = {} as Record<Lang, TString | TOptional<TString>>;
  for (const lang of LANGS) {
    const name = LANGUAGES[lang].english;
    properties[lang] =
      lang === DEFAULT_LANG
        ? Type.String({
            description: `${name} text (required: the fallback for every other language).`,
          })
        : Type.Optional(Type.String({ description: `${name} text.` }));
  }
  return properties;
}

/**
 * Learner-facing text: a plain string (English) or one string per language.
 * A new schema object per use, so each field keeps its own description.
 */
export const localized = (description: string) =>
  Type.Union(
    [
      Type.String({ title: "text", description: "The text, in English." }),
      Type.Object(translationProperties() as TranslationProperties, {
        title: "translations",
        description:
          "The text per language, keyed by language code (en, ru, de, pt-BR, ...). Missing languages fall back to en.",
        patternProperties: {
          [LANG_PATTERN]: { type: "string", description: "The text in this language." },
        },
        additionalProperties: false,
      }),
    ],
    {
      description: `${description} A string, or an object of translations such as {"en": "...", "ru": "..."}.`,
    },
  );

/** Text given once (English) or per language; see {@link localize}. */
export type LocalizedText =
  | string
  | ({ [DEFAULT_LANG]: string } & { [L in OtherLang]?: string } & {
      [lang: string]: string | undefined;
    });
// Keep the hand-written type and the schema in step: this fails to compile if they drift apart.
const _localizedTextMatches: Static<ReturnType<typeof localized>> extends LocalizedText
  ? true
  : never = true;
void _localizedTextMatches;

export const num = (
  description: string,
  options: { minimum?: number; exclusiveMinimum?: number } = {},
) => Type.Number({ ...options, description });
export const int = (description: string, options: { minimum?: number; maximum?: number } = {}) =>
  Type.Integer({ ...options, description });
export const opt = <T extends TSchema>(schema: T) => Type.Optional(schema);
