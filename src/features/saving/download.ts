/** Saves a text as a file in the learner's downloads (no server: a blob URL and a click). */
export function downloadText(name: string, text: string, type = "application/json"): void {
  const url = URL.createObjectURL(new Blob([text], { type }));
  const link = document.createElement("a");
  link.href = url;
  link.download = name;
  link.click();
  // The download has taken the blob by the next task; release it then.
  window.setTimeout(() => URL.revokeObjectURL(url), 0);
}
