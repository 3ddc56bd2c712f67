/** "Open a pack…": a file chooser for the pack's JSON files, the keyboard's way to drop them. */
import { useRef } from "react";
import { openPackFiles } from "./open-pack";

export function OpenPackButton({ label, title }: { label: string; title: string }) {
  const input = useRef<HTMLInputElement>(null);
  return (
    <>
      <button type="button" title={title} onClick={() => input.current?.click()}>
        {label}
      </button>
      <input
        ref={input}
        type="file"
        accept=".json,application/json"
        multiple
        hidden
        data-testid="open-pack-input"
        onChange={(event) => {
          const files = [...(event.target.files ?? [])];
          event.target.value = "";
          void openPackFiles(files);
        }}
      />
    </>
  );
}
