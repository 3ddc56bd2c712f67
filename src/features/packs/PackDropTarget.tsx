/**
 * Makes the whole page a drop target for a pack's JSON files: while files are dragged over it, a
 * veil says what dropping does; a drop opens them as the instructor's pack. Drags of anything but
 * files (text, links) are left to the page.
 */
import { useEffect, useState } from "react";
import { useAppStore } from "../../store/app-store";
import { openPackFiles } from "./open-pack";
import { PACKS_TEXT } from "./packs-text";

const carriesFiles = (event: DragEvent) => event.dataTransfer?.types.includes("Files") ?? false;

export function PackDropTarget() {
  const [dragging, setDragging] = useState(false);
  const text = PACKS_TEXT[useAppStore((s) => s.lang)];
  useEffect(() => {
    // dragenter/dragleave fire for every child crossed: count them to know when the drag left.
    let depth = 0;
    const enter = (event: DragEvent) => {
      if (!carriesFiles(event)) return;
      depth += 1;
      setDragging(true);
    };
    const leave = (event: DragEvent) => {
      if (!carriesFiles(event)) return;
      depth = Math.max(0, depth - 1);
      if (depth === 0) setDragging(false);
    };
    const over = (event: DragEvent) => {
      if (carriesFiles(event)) event.preventDefault();
    };
    const drop = (event: DragEvent) => {
      if (!carriesFiles(event)) return;
      event.preventDefault();
      depth = 0;
      setDragging(false);
      void openPackFiles([...(event.dataTransfer?.files ?? [])]);
    };
    window.addEventListener("dragenter", enter);
    window.addEventListener("dragleave", leave);
    window.addEventListener("dragover", over);
    window.addEventListener("drop", drop);
    return () => {
      window.removeEventListener("dragenter", enter);
      window.removeEventListener("dragleave", leave);
      window.removeEventListener("dragover", over);
      window.removeEventListener("drop", drop);
    };
  }, []);
  if (!dragging) return null;
  return (
    <div className="pack-drop" aria-hidden="true">
      <p>{text.drop}</p>
    </div>
  );
}
