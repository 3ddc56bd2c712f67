/**
 * Public entry of the exercise format: types, the pack loader and localisation.
 * Safe for the browser (no Node modules); Node-only helpers live in ./node.
 */
export type {
  Check,
  CheckKind,
  CodeCheck,
  Exercise,
  HintCondition,
  HintRule,
  RunCheck,
  RunSettings,
  SchedulesCheck,
} from "./format";
export { FORMAT_VERSION, SCHEMA_ID } from "./format";
export { COURSE_FILE, type Course, type CourseModule } from "./course";
export { languagesOf, localize, type LocalizedText } from "./localize";
export {
  formatExerciseError,
  loadCourseFile,
  loadExerciseFile,
  loadPack,
  type ExerciseError,
  type LoadedPack,
} from "./loader";
export {
  RUN_SETTINGS_DEFAULTS,
  normaliseExercise,
  runSettings,
  type NormalisedRunSettings,
} from "./normalise";
export { compilePattern, patternProblem, type Pattern } from "./regex";
