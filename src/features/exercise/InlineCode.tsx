/** A one-line text with its backtick code spans shown as code (see inline-code.ts). */
import { splitInlineCode } from "./inline-code";

export function InlineCode({ text }: { text: string }) {
  return (
    <>
      {splitInlineCode(text).map((part, i) =>
        part.code ? <code key={i}>{part.text}</code> : part.text,
      )}
    </>
  );
}
