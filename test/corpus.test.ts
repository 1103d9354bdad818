import { readdirSync, readFileSync } from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { validateText } from "../src/index.js";

// Each broken fixture names, on its first line, every problem a designer must
// see: `# expect: code@line:column …`. The validator must report exactly those.
const dir = path.join(import.meta.dirname, "fixtures");
const invalid = readdirSync(path.join(dir, "invalid")).filter((f) => f.endsWith(".yaml")).sort();
const valid = readdirSync(path.join(dir, "valid")).filter((f) => f.endsWith(".yaml")).sort();

describe("broken lesson corpus", () => {
  it("has at least 50 broken files", () => expect(invalid.length).toBeGreaterThanOrEqual(50));

  it.each(invalid)("%s reports exactly its expected problems", (file) => {
    const text = readFileSync(path.join(dir, "invalid", file), "utf8");
    const [, mode, list] = /^# (expect|expect-first): (.*)$/m.exec(text)!;
    const expected = list!.trim().split(/\s+/).filter(Boolean).sort();
    const result = validateText(text, { filename: file });
    const got = result.diagnostics.map((d) => `${d.code}@${d.line}:${d.column}`);
    if (mode === "expect") expect([...got].sort()).toEqual(expected);
    else {
      // A syntax error: the first problem is pinned; the parser's follow-ups are syntax errors too.
      expect(got[0]).toBe(expected[0]);
      expect(result.diagnostics.every((d) => d.code.startsWith("yaml/"))).toBe(true);
    }
    expect(result.ok).toBe(result.diagnostics.every((d) => d.severity !== "error"));
    for (const d of result.diagnostics) expect(d.message.length, d.code).toBeGreaterThan(0);
  });
});

describe("good files", () => {
  it.each(valid)("%s passes", (file) => {
    const text = readFileSync(path.join(dir, "valid", file), "utf8");
    expect(validateText(text, { filename: file }).diagnostics).toEqual([]);
  });
});
