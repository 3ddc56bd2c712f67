/**
 * Building blocks of the exercise format (v1): identifiers, localised text, number helpers.
 * Shared by ./format-checks and ./format; see ./format for the whole picture.
 */
import { Type, type Static, type TSchema } from "@sinclair/typebox";

export const SCHEMA_ID = "https://interleave.dev/schema/exercise.v1.json";
export const FORMAT_VERSION = 1;

/** Lower-case identifiers: exercise ids, module ids, hint ids, check ids. */
export const ID_PATTERN = "^[a-z0-9][a-z0-9._-]*$";
const LANG_PATTERN = "^[a-z]{2,3}(-[A-Za-z0-9]{2,8})?$";

export const id = (description: string) =>
  Type.String({ pattern: ID_PATTERN, maxLength: 80, description });

/**
 * Learner-facing text: a plain string (English) or one string per language.
 * A new schema object per use, so each field keeps its own description.
 */
export const localized = (description: string) =>
  Type.Union(
    [
      Type.String({ title: "text", description: "The text, in English." }),
      Type.Object(
        {
          en: Type.String({
            description: "English text (required: the fallback for every other language).",
          }),
          ru: Type.Optional(Type.String({ description: "Russian text." })),
        },
        {
          title: "translations",
          description:
            "The text per language, keyed by language code (en, ru, de, pt-BR, ...). Missing languages fall back to en.",
          patternProperties: {
            [LANG_PATTERN]: { type: "string", description: "The text in this language." },
          },
          additionalProperties: false,
        },
      ),
    ],
    {
      description: `${description} A string, or an object of translations such as {"en": "...", "ru": "..."}.`,
    },
  );

/** Text given once (English) or per language; see {@link localize}. */
export type LocalizedText =
  string | { en: string; ru?: string; [lang: string]: string | undefined };
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
