/** The top bar's way into authoring mode (for instructors; learners can ignore it). */
import { useAppStore } from "../../store/app-store";
import { AUTHORING_TEXT } from "./authoring-text";
import { AUTHOR_HASH } from "./route";
import "./authoring-link.css";

export function AuthoringLink() {
  const text = AUTHORING_TEXT[useAppStore((s) => s.lang)];
  const open = useAppStore((s) => s.authoring !== null);
  return (
    <a
      className="authoring-link"
      href={AUTHOR_HASH}
      title={text.linkTitle}
      aria-current={open ? "page" : undefined}
    >
      {text.link}
    </a>
  );
}
