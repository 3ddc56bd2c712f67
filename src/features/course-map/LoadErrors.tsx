/**
 * Exercise files that failed to load, one entry per file with each mistake naming its field, so an
 * author can fix them. The other files load regardless.
 */
import { useMemo } from "react";
import type { ExerciseError } from "../../exercises";
import { useAppStore } from "../../store/app-store";
import { useUiText } from "../i18n/use-ui-text";

/** Errors grouped by file, files in the order they first appear. */
function byFile(errors: readonly ExerciseError[]): [string, ExerciseError[]][] {
  const files = new Map<string, ExerciseError[]>();
  for (const error of errors) files.set(error.file, [...(files.get(error.file) ?? []), error]);
  return [...files.entries()];
}

/** The built-in course's files that failed to load. */
export function LoadErrors() {
  const errors = useAppStore((s) => s.loadErrors);
  const text = useUiText().app;
  return <LoadErrorList errors={errors} heading={text.loadErrors} testId="load-errors" />;
}

/** Files that failed to load, each with its mistakes; nothing when there are none. */
export function LoadErrorList({
  errors,
  heading,
  testId,
}: {
  errors: readonly ExerciseError[];
  /** The line above the list, given the number of files. */
  heading: (files: number) => string;
  testId: string;
}) {
  const files = useMemo(() => byFile(errors), [errors]);
  if (files.length === 0) return null;
  return (
    <div role="alert" className="load-errors" data-testid={testId}>
      <p>{heading(files.length)}</p>
      <ul>
        {files.map(([file, mistakes]) => (
          <li key={file}>
            <code>{file}</code>
            <ul>
              {mistakes.map((mistake, index) => (
                <li key={index}>
                  {mistake.field === "" ? (
                    mistake.message
                  ) : (
                    <>
                      <code>{mistake.field}</code> {mistake.message}
                    </>
                  )}
                </li>
              ))}
            </ul>
          </li>
        ))}
      </ul>
    </div>
  );
}
