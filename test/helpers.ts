import { starterLesson } from "../src/cli/starter.js";

/** A valid lesson text (the starter), to mutate in tests. */
export const validText = starterLesson("test-lesson");

/** 1-based line and column of the first occurrence of `needle` in `text`. */
export function positionOf(text: string, needle: string): { line: number; column: number } {
  const at = text.indexOf(needle);
  if (at < 0) throw new Error(`not found: ${needle}`);
  const before = text.slice(0, at).split("\n");
  return { line: before.length, column: before[before.length - 1]!.length + 1 };
}
