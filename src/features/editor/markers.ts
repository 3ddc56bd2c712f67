/** A line the editor marks (e.g. where a failing check points), with what to say on hover. */
export interface EditorMarker {
  /** 1-based line in the learner's code. */
  line: number;
  message: string;
}
