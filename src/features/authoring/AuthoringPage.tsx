/**
 * Authoring mode (`#/author`, loaded on demand): an exercise's JSON beside a live preview of its
 * page. The JSON is validated as the author types, by the same loader as every pack (mistakes by
 * field); the last valid version is previewed with the real exercise page, which runs and checks
 * in the page's Python. "Test" runs the reference solution, the starter and each case through the
 * checker and shows which checks failed and which hints fired. "Download" saves the file.
 *
 * The preview's exercise id is prefixed "author:" so its code and progress never mix with the
 * course's or a pack's; Test checks under yet another id, whose checks are not recorded.
 */
import { useEffect, useMemo, useState } from "react";
import { codeOf } from "../../store/selectors";
import { stopRun } from "../../app/commands";
import { python } from "../../app/python";
import { loadBundledExercises } from "../../app/load-exercises";
import type { Exercise } from "../../exercises/format";
import { loadExerciseFile } from "../../exercises/loader";
import { localize } from "../../exercises/localize";
import { useAppStore } from "../../store/app-store";
import { UNRECORDED_PREFIX } from "../../store/slices/progress";
import { downloadText } from "../saving/download";
import { ExercisePage } from "../exercise/ExercisePage";
import { LoadErrorList } from "../course-map/LoadErrors";
import { attemptsOf, mismatches, type CaseText } from "./attempts";
import { AttemptResults, type AttemptResult } from "./AttemptResults";
import { AUTHORING_TEXT } from "./authoring-text";
import { CaseEditors } from "./CaseEditors";
import { authoringHash } from "./route";
import { checkAttempt } from "./run-attempts";
import { bundledSource, TEMPLATE, TEMPLATE_CASES } from "./template";
import "./authoring.css";
import { plainInlineCode } from "../exercise/inline-code";

const TEMPLATE_TEXT = JSON.stringify(TEMPLATE, null, 2) + "\n";

function previewOf(exercise: Exercise): Exercise {
  return { ...exercise, id: `author:${exercise.id}` };
}

/** The exercise as Test checks it: under an id of its own, unrecorded, so that the preview's
 * console, verdict and solved badge stay the author's own and no progress is saved for it. */
function testedOf(preview: Exercise): Exercise {
  return { ...preview, id: `${UNRECORDED_PREFIX}${preview.id}` };
}

export default function AuthoringPage() {
  const from = useAppStore((s) => s.authoring?.from ?? null);
  const lang = useAppStore((s) => s.lang);
  const exercises = useAppStore((s) => s.exercises);
  const text = AUTHORING_TEXT[lang];
  const [source, setSource] = useState(TEMPLATE_TEXT);
  const [cases, setCases] = useState<CaseText[]>(TEMPLATE_CASES);
  const [results, setResults] = useState<AttemptResult[]>([]);
  const [testing, setTesting] = useState<{ done: number; total: number } | null>(null);

  useEffect(() => {
    setResults([]);
    const file = from === null ? undefined : loadBundledExercises().fileOf[from];
    if (file === undefined) {
      setSource(TEMPLATE_TEXT);
      setCases(TEMPLATE_CASES);
      return;
    }
    let current = true;
    void bundledSource(file).then((loaded) => {
      if (!current) return;
      setSource(loaded.text);
      setCases(loaded.cases);
    });
    return () => {
      current = false;
    };
  }, [from]);

  const loaded = useMemo(() => loadExerciseFile("exercise.json", source), [source]);
  // While the JSON is broken, the preview keeps the last version that loaded.
  const [preview, setPreview] = useState<Exercise | null>(null);
  useEffect(() => {
    if (loaded.exercise) setPreview(previewOf(loaded.exercise));
  }, [loaded.exercise]);

  async function test(exercise: Exercise): Promise<void> {
    const attempts = attemptsOf(
      localize(exercise.solution, lang),
      localize(exercise.starter, lang),
      cases,
    );
    const done: AttemptResult[] = [];
    setResults([]);
    for (const [index, attempt] of attempts.entries()) {
      setTesting({ done: index + 1, total: attempts.length });
      const outcome = await checkAttempt(testedOf(exercise), attempt.code, lang);
      const expected = "error" in attempt.expect ? null : attempt.expect.expect;
      done.push(
        "verdict" in outcome
          ? {
              name: attempt.name,
              expected,
              verdict: outcome.verdict,
              problems: mismatches(attempt, outcome.verdict),
            }
          : { name: attempt.name, expected, verdict: null, problems: [outcome.problem] },
      );
      setResults([...done]);
    }
    setTesting(null);
  }

  const id = loaded.exercise?.id ?? "exercise";
  return (
    <div className="authoring" data-testid="authoring">
      <section className="authoring__source" aria-label={text.source}>
        <h1>{text.title}</h1>
        <label className="authoring__from">
          {text.startFrom}{" "}
          <select
            value={from ?? ""}
            onChange={(event) => {
              location.hash = authoringHash(event.target.value || null);
            }}
          >
            <option value="">{text.template}</option>
            {exercises.map((exercise) => (
              <option key={exercise.id} value={exercise.id}>
                {plainInlineCode(localize(exercise.title, lang))}
              </option>
            ))}
          </select>
        </label>
        <textarea
          className="authoring__json"
          aria-label={text.source}
          spellCheck={false}
          value={source}
          onChange={(event) => setSource(event.target.value)}
        />
        {loaded.exercise ? (
          <p className="authoring__valid" data-testid="author-valid">
            {text.valid}
          </p>
        ) : (
          <LoadErrorList errors={loaded.errors} heading={text.invalid} testId="author-errors" />
        )}
        <CaseEditors cases={cases} onChange={setCases} text={text} />
        <div className="authoring__actions">
          <button
            type="button"
            disabled={!loaded.exercise || testing !== null}
            onClick={() => {
              if (loaded.exercise) void test(previewOf(loaded.exercise));
            }}
          >
            {testing ? text.testing(testing.done, testing.total) : text.test}
          </button>
          <button type="button" onClick={() => downloadText(`${id}.json`, source)}>
            {text.download}
          </button>
        </div>
        <AttemptResults results={results} text={text} />
      </section>
      <section className="authoring__preview" aria-label={text.preview}>
        {preview ? (
          <ExercisePage
            key={preview.id}
            exercise={preview}
            onRun={() => {
              const code = codeOf(useAppStore.getState(), preview);
              python.run(preview.id, { ...preview.run, code });
            }}
            onCheck={() => {
              const code = codeOf(useAppStore.getState(), preview);
              python.check(preview.id, { exercise: preview, code, lang });
            }}
            onStop={stopRun}
          />
        ) : (
          <p>{text.noPreview}</p>
        )}
      </section>
    </div>
  );
}
