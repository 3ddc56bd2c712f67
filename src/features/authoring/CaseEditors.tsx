/** The test cases of the exercise being written: name and text of each, editable. */
import type { CaseText } from "./attempts";
import type { AUTHORING_TEXT } from "./authoring-text";

export function CaseEditors({
  cases,
  onChange,
  text,
}: {
  cases: readonly CaseText[];
  onChange: (cases: CaseText[]) => void;
  text: (typeof AUTHORING_TEXT)["en"];
}) {
  const update = (index: number, change: Partial<CaseText>) =>
    onChange(cases.map((c, i) => (i === index ? { ...c, ...change } : c)));
  return (
    <fieldset className="author-cases">
      <legend>{text.cases}</legend>
      <p className="author-help">{text.casesHelp}</p>
      {cases.map((c, index) => (
        <div key={index} className="author-case">
          <div className="author-case__bar">
            <input
              aria-label={text.caseName}
              value={c.name}
              onChange={(event) => update(index, { name: event.target.value })}
            />
            <button type="button" onClick={() => onChange(cases.filter((_, i) => i !== index))}>
              {text.removeCase}
            </button>
          </div>
          <textarea
            aria-label={c.name}
            spellCheck={false}
            rows={6}
            value={c.text}
            onChange={(event) => update(index, { text: event.target.value })}
          />
        </div>
      ))}
      <button
        type="button"
        onClick={() =>
          onChange([...cases, { name: `case-${cases.length + 1}.py`, text: "# expect: fail\n" }])
        }
      >
        {text.addCase}
      </button>
    </fieldset>
  );
}
