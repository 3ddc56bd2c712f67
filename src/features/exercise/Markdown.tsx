/** Renders an exercise's Markdown text (sanitised). */
import { useMemo } from "react";
import { renderMarkdown } from "./markdown";

export function Markdown({ text, className }: { text: string; className?: string }) {
  const html = useMemo(() => renderMarkdown(text), [text]);
  return <div className={className} dangerouslySetInnerHTML={{ __html: html }} />;
}
