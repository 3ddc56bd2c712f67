/** The instructor's-pack interface text, per language of the registry (src/i18n). */
import { plural, type Translations } from "../../i18n";

const EN = {
  heading: "Instructor's pack",
  loading: (source: string) => `Loading the pack ${source}…`,
  remove: "Remove pack",
  removeTitle: "Remove this pack from the course map (your work on it is kept)",
  open: "Open a pack…",
  openTitle: "Open an instructor's exercise files (.json); you can also drop them on the page",
  drop: "Drop the pack's JSON files to open them",
  errors: (files: number) =>
    plural("en", files, {
      one: "One file of this pack could not be loaded:",
      other: "# files of this pack could not be loaded:",
    }),
  exercises: (n: number) => plural("en", n, { one: "# exercise", other: "# exercises" }),
};

/** Every language has every string (the type is English's shape). */
export const PACKS_TEXT: Translations<typeof EN> = {
  en: EN,
  ru: {
    heading: "Набор преподавателя",
    loading: (source: string) => `Загружается набор ${source}…`,
    remove: "Убрать набор",
    removeTitle: "Убрать этот набор из карты курса (ваша работа над ним сохранится)",
    open: "Открыть набор…",
    openTitle: "Открыть файлы упражнений преподавателя (.json); их можно и перетащить на страницу",
    drop: "Отпустите JSON-файлы набора, чтобы открыть их",
    errors: (files: number) =>
      plural("ru", files, {
        one: "# файл этого набора не загрузился:",
        few: "# файла этого набора не загрузились:",
        many: "# файлов этого набора не загрузились:",
        other: "# файла этого набора не загрузились:",
      }),
    exercises: (n: number) =>
      plural("ru", n, {
        one: "# упражнение",
        few: "# упражнения",
        many: "# упражнений",
        other: "# упражнения",
      }),
  },
};
