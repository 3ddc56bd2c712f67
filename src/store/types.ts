/** The app store's shape: the union of its slices, and the type of a slice creator. */
import type { StateCreator } from "zustand";
import type { AuthoringSlice } from "./slices/authoring";
import type { CodeSlice } from "./slices/code";
import type { CustomPackSlice } from "./slices/custom-pack";
import type { ExercisesSlice } from "./slices/exercises";
import type { PrefsSlice } from "./slices/prefs";
import type { ProgressSlice } from "./slices/progress";
import type { PythonSlice } from "./slices/python";
import type { RunSlice } from "./slices/run";
import type { SavingSlice } from "./slices/saving";
import type { SiteSlice } from "./slices/site";

export type AppState = ExercisesSlice &
  CodeSlice &
  RunSlice &
  PythonSlice &
  ProgressSlice &
  PrefsSlice &
  SavingSlice &
  SiteSlice &
  CustomPackSlice &
  AuthoringSlice;

/** A slice sees the whole store (slices may call each other's actions) but creates only its part. */
export type SliceCreator<Slice> = StateCreator<AppState, [["zustand/persist", unknown]], [], Slice>;

/** What survives a reload: the learner's work and preferences, nothing about the session. */
export type PersistedState = Pick<AppState, "code" | "codeEdited" | "progress" | "lang" | "theme">;
