/**
 * Reading the program files the CLI is given: a file that cannot be read is named with the reason
 * in words ("cannot read a.py: no such file"), not with Node's "ENOENT: ..., open 'a.py'".
 */
import { readFileSync } from "node:fs";

const REASONS: Record<string, string> = {
  ENOENT: "no such file",
  EISDIR: "it is a folder, not a file",
  EACCES: "permission denied",
  ENOTDIR: "a part of its path is not a folder",
};

/** The text of `file`; throws an Error whose message names the file and why it cannot be read. */
export function readSource(file: string): string {
  try {
    return readFileSync(file, "utf8");
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    const reason =
      (code && REASONS[code]) ?? (error instanceof Error ? error.message : String(error));
    throw new Error(`cannot read ${file}: ${reason}`, { cause: error });
  }
}
