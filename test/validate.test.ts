import { describe, expect, it } from "vitest";
import { validateText } from "../src/index.js";
import { positionOf, validText } from "./helpers.js";

const codes = (text: string) => validateText(text, { filename: "test-lesson.yaml" }).diagnostics.map((d) => d.code);
const first = (text: string, code: string) => {
  const d = validateText(text, { filename: "test-lesson.yaml" }).diagnostics.find((x) => x.code === code);
  if (!d) throw new Error(`no ${code} in ${JSON.stringify(codes(text))}`);
  return d;
};

describe("validateText", () => {
  it("accepts the starter lesson", () => {
    const result = validateText(validText, { filename: "test-lesson.yaml" });
    expect(result.diagnostics).toEqual([]);
    expect(result.ok).toBe(true);
    expect(result.lessons.map((l) => l.id)).toEqual(["test-lesson"]);
  });

  it("reports a missing field at the mapping that should hold it", () => {
    const text = validText.replace(/^summary: .*\n/m, "");
    const d = first(text, "schema/missing-key");
    expect(d.path).toEqual(["summary"]);
    expect(d.args["key"]).toBe("summary");
    expect([d.line, d.column]).toEqual([positionOf(text, "id:").line, 1]);
  });

  it("reports a missing nested key at its parent mapping", () => {
    const text = validText.replace("ages: { min: 8, max: 10 }", "ages: { min: 8 }");
    const d = first(text, "schema/missing-key");
    expect(d.path).toEqual(["ages", "max"]);
    expect({ line: d.line, column: d.column }).toEqual(positionOf(text, "min: 8"));
  });

  it("reports an unknown field at the key itself, with a suggestion", () => {
    const text = validText.replace("durationMinutes: 30", "durationMinutes: 30\nduraton: 5");
    const d = first(text, "schema/unknown-key");
    expect({ line: d.line, column: d.column }).toEqual(positionOf(text, "duraton"));
    expect(d.hint).toContain("durationMinutes");
  });

  it("reports min age above max age", () => {
    const text = validText.replace("ages: { min: 8, max: 10 }", "ages: { min: 12, max: 10 }");
    const d = first(text, "schema/invalid");
    expect(d.path).toEqual(["ages", "max"]);
    expect({ line: d.line, column: d.column }).toEqual(positionOf(text, "10 }"));
  });

  it("reports activity minutes that do not add up, at durationMinutes", () => {
    const text = validText.replace("durationMinutes: 30", "durationMinutes: 35");
    const d = first(text, "lesson/duration-mismatch");
    expect(d.args).toEqual({ sum: 30, duration: 35 });
    expect({ line: d.line, column: d.column }).toEqual(positionOf(text, "35"));
    expect(d.hint).toContain("30");
  });

  it("reports every problem of a file at once", () => {
    const text = validText
      .replace("durationMinutes: 30", "durationMinutes: 35")
      .replace("topics: [media-balance]", "topics: [media-balanse]")
      .replace("domain: knowledge", "domain: knowlege")
      .replace("duration: 30", "");
    const found = codes(text);
    expect(found).toEqual(expect.arrayContaining(["lesson/duration-mismatch", "lesson/unknown-topic", "schema/invalid-value"]));
    expect(validateText(text).diagnostics.find((d) => d.code === "lesson/unknown-topic")?.hint).toContain("media-balance");
    expect(validateText(text).diagnostics.find((d) => d.code === "schema/invalid-value")?.hint).toContain("knowledge");
  });

  it("reports a missing locale text", () => {
    const text = validText.replace("locales: [en]", "locales: [en, fr]");
    const missing = validateText(text).diagnostics.filter((d) => d.code === "lesson/locale-missing");
    expect(missing.length).toBeGreaterThan(10);
    expect(missing.every((d) => d.args["locale"] === "fr")).toBe(true);
  });

  it("checks topics' minimum age, helplines and framework codes against the registry", () => {
    const text = validText
      .replace("topics: [media-balance]", "topics: [sextortion]")
      .replace("sensitivity: low", "sensitivity: low\n  helplines: [be-childfocus]")
      .replace('code: "4.3"', 'code: "9.9"');
    expect(codes(text)).toEqual(expect.arrayContaining(["lesson/below-topic-min-age", "lesson/unknown-helpline", "lesson/unknown-framework-code"]));
  });

  it("requires safeguarding guidance and a helpline on sensitive lessons", () => {
    const text = validText.replace("sensitivity: low", "sensitivity: high");
    expect(codes(text).filter((c) => c === "lesson/safeguarding-incomplete")).toHaveLength(4);
    expect(codes(text)).toContain("lesson/safeguarding-no-helpline");
  });

  it("writes messages in French", () => {
    const text = validText.replace("durationMinutes: 30", "durationMinutes: 35");
    const d = validateText(text, { locale: "fr" }).diagnostics[0]!;
    expect(d.message).toBe("Les minutes des activités font 30, mais durationMinutes vaut 35.");
  });

  it("applies rule severities and strict mode", () => {
    const text = validText.replace("id: test-lesson", "id: other-name");
    const plain = validateText(text, { filename: "test-lesson.yaml" });
    expect(plain.ok).toBe(true);
    expect(plain.warningCount).toBe(1);
    expect(validateText(text, { filename: "test-lesson.yaml", strict: true }).ok).toBe(false);
    expect(validateText(text, { filename: "test-lesson.yaml", rules: { "lesson/id-filename-mismatch": "off" } }).diagnostics).toEqual([]);
  });
});

describe("hostile and odd input", () => {
  it("reports a duplicate key at the second key", () => {
    const text = validText.replace("durationMinutes: 30", "durationMinutes: 30\ndurationMinutes: 30");
    const d = first(text, "yaml/duplicate-key");
    expect(d.line).toBe(positionOf(text, "durationMinutes: 30").line + 1);
  });

  it("refuses an alias bomb quickly", () => {
    const bomb = ["a: &a [x, x, x, x, x, x, x, x, x]", ...Array.from({ length: 8 }, (_, i) => `${String.fromCharCode(98 + i)}: &${String.fromCharCode(98 + i)} [${Array(9).fill(`*${String.fromCharCode(97 + i)}`).join(", ")}]`)].join("\n");
    const started = performance.now();
    expect(codes(bomb)).toEqual(["file/alias-limit"]);
    expect(performance.now() - started).toBeLessThan(1000);
  });

  it("keeps positions right with a BOM and CRLF line endings", () => {
    const text = "\ufeff" + validText.replace("durationMinutes: 30", "durationMinutes: 35").replace(/\n/g, "\r\n");
    const d = validateText(text).diagnostics.find((x) => x.code === "lesson/duration-mismatch")!;
    expect({ line: d.line, column: d.column }).toEqual(positionOf(validText, "durationMinutes: 30") && { line: positionOf(validText, "durationMinutes").line, column: 18 });
  });

  it("reports empty files, lists and scalars at the top level", () => {
    expect(codes("")).toEqual(["file/empty"]);
    expect(codes("# only a comment\n")).toEqual(["file/empty"]);
    expect(codes("- a\n- b\n")).toEqual(["file/not-a-mapping"]);
    expect(codes("just text\n")).toEqual(["file/not-a-mapping"]);
  });

  it("reports several documents in one file", () => {
    expect(codes(validText + "---\nid: second\n")).toContain("file/multiple-documents");
  });

  it("does not pollute prototypes with __proto__ or constructor keys", () => {
    const text = validText + "__proto__: { polluted: true }\nconstructor: { prototype: { polluted: true } }\n";
    const found = codes(text);
    expect(found.filter((c) => c === "schema/unknown-key").length).toBeGreaterThanOrEqual(1);
    expect(({} as Record<string, unknown>)["polluted"]).toBeUndefined();
    expect((Object.prototype as Record<string, unknown>)["polluted"]).toBeUndefined();
  });

  it("refuses very deep nesting without crashing", () => {
    const deep = "a: " + "[".repeat(5000) + "]".repeat(5000) + "\n";
    expect(codes(deep)).toEqual(["file/too-deep"]);
  });

  it("refuses a file over the size limit", () => {
    expect(codes(validText).length).toBe(0);
    expect(validateText(validText, { maxFileSize: 100 }).diagnostics.map((d) => d.code)).toEqual(["file/too-large"]);
  });
});

describe("properties", () => {
  const inside = (text: string, d: { offset: number; endOffset: number; line: number; endLine: number }) => {
    const lines = text.replace(/^\ufeff/, "").split("\n").length;
    return d.offset >= 0 && d.endOffset >= d.offset && d.line >= 1 && d.endLine <= lines && d.line <= d.endLine;
  };

  it("never throws on random text, and every position lies inside the file", async () => {
    const fc = (await import("fast-check")).default;
    fc.assert(fc.property(fc.string({ unit: fc.constantFrom("a", ":", " ", "\n", "-", "[", "]", "{", "}", "&a", "*a", "\"", "'", "#", "\t", "é", "\r\n", "1") , maxLength: 200 }), (text) => {
      const result = validateText(text);
      return result.diagnostics.every((d) => inside(text, d));
    }), { numRuns: 500 });
  });

  it("never throws on random line edits of a valid lesson", async () => {
    const fc = (await import("fast-check")).default;
    const lines = validText.split("\n");
    fc.assert(fc.property(fc.array(fc.record({ at: fc.nat({ max: lines.length - 1 }), op: fc.constantFrom("delete", "dup", "indent", "dedent", "garble") }), { maxLength: 5 }), (edits) => {
      const copy = [...lines];
      for (const { at, op } of edits) {
        const i = Math.min(at, copy.length - 1);
        if (op === "delete") copy.splice(i, 1);
        else if (op === "dup") copy.splice(i, 0, copy[i]!);
        else if (op === "indent") copy[i] = "  " + copy[i];
        else if (op === "dedent") copy[i] = copy[i]!.replace(/^ {1,2}/, "");
        else copy[i] = copy[i]!.replace(/:/, "");
      }
      const text = copy.join("\n");
      return validateText(text).diagnostics.every((d) => inside(text, d));
    }), { numRuns: 300 });
  });
});
