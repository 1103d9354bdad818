/**
 * Stage 1: YAML text to a value with source positions.
 *
 * Never throws on bad input: every problem becomes a positioned problem.
 * Guards against hostile files live here: alias bombs (a cap on alias
 * expansion), deep nesting (a depth limit on the composed value), several
 * documents in one file, and a top level that is not a mapping.
 */
import { LineCounter, parseAllDocuments, isMap, isSeq, isScalar, type Document } from "yaml";
import type { DiagnosticArgs, PathSegment, Severity } from "../diagnostics/types.js";

/** A problem with a character span, before it gets a line and a message. */
export interface SpanProblem {
  readonly code: string;
  readonly start: number;
  readonly end: number;
  readonly path: readonly PathSegment[];
  readonly args: DiagnosticArgs;
  readonly severity?: Severity;
}

/** The result of parsing one file. */
export interface ParsedSource {
  readonly filename: string;
  /** The text as parsed: a leading BOM removed. */
  readonly text: string;
  readonly lineCounter: LineCounter;
  /** The document, when one could be composed. */
  readonly doc: Document.Parsed | undefined;
  /** The plain value, when the document is usable (no syntax error, not hostile). */
  readonly value: unknown;
  readonly problems: readonly SpanProblem[];
}

/** Limits that keep hostile files from exhausting memory or the stack. */
export interface ParseLimits {
  /** Aliases a document may expand. Default: 100. */
  readonly maxAliasCount: number;
  /** Deepest nesting of mappings and lists. Default: 64. */
  readonly maxDepth: number;
}

/**
 * Default limits: generous for any real lesson, small for an attack.
 *
 * @example
 * ```ts
 * parseSource(text, "a.yaml", { ...defaultParseLimits, maxDepth: 32 });
 * ```
 */
export const defaultParseLimits: ParseLimits = { maxAliasCount: 100, maxDepth: 64 };

const describe = (v: unknown): string =>
  v === null ? "null" : Array.isArray(v) ? "a list" : typeof v === "object" ? "a mapping" : `a ${typeof v}`;

/** Depth of a plain value, iteratively so that a deep value cannot overflow the stack. */
function depthExceeds(value: unknown, limit: number): boolean {
  const stack: [unknown, number][] = [[value, 0]];
  while (stack.length > 0) {
    const [v, d] = stack.pop()!;
    if (d > limit) return true;
    if (v !== null && typeof v === "object") for (const child of Object.values(v)) stack.push([child, d + 1]);
  }
  return false;
}

/**
 * Parses one YAML file with positions.
 *
 * @example
 * ```ts
 * const parsed = parseSource("id: x\nid: y\n", "a.yaml");
 * parsed.problems[0]?.code; // "yaml/duplicate-key"
 * ```
 */
export function parseSource(rawText: string, filename: string, limits: ParseLimits = defaultParseLimits): ParsedSource {
  const text = rawText.charCodeAt(0) === 0xfeff ? rawText.slice(1) : rawText;
  const lineCounter = new LineCounter();
  const problems: SpanProblem[] = [];
  const done = (doc: Document.Parsed | undefined, value: unknown): ParsedSource => ({ filename, text, lineCounter, doc, value, problems });

  let docs: Document.Parsed[];
  try {
    docs = parseAllDocuments(text, { lineCounter, prettyErrors: false, uniqueKeys: true, strict: true }) as Document.Parsed[];
  } catch (error) {
    // The parser recurses; absurd nesting can overflow its stack.
    if (error instanceof RangeError) {
      problems.push({ code: "file/too-deep", start: 0, end: 0, path: [], args: { limit: limits.maxDepth } });
      return done(undefined, undefined);
    }
    throw error;
  }
  // parseAllDocuments returns an EmptyStream (an array with `empty`) for blank input.
  const realDocs = docs.filter((d) => d.contents !== null || d.errors.length > 0);
  if (realDocs.length === 0) {
    problems.push({ code: "file/empty", start: 0, end: 0, path: [], args: {} });
    return done(undefined, undefined);
  }
  if (realDocs.length > 1) {
    const second = realDocs[1]!;
    problems.push({
      code: "file/multiple-documents", start: second.range[0], end: second.range[0] + 3, path: [],
      args: { count: realDocs.length },
    });
  }
  const doc = realDocs[0]!;
  // The parser gives up on absurd nesting with RESOURCE_EXHAUSTION; one clear problem beats dozens of follow-ups.
  if (doc.errors.some((e) => e.code === "RESOURCE_EXHAUSTION")) {
    problems.push({ code: "file/too-deep", start: 0, end: 0, path: [], args: { limit: limits.maxDepth } });
    return done(doc, undefined);
  }
  for (const e of doc.errors) {
    const [start, end] = e.pos;
    if (e.code === "DUPLICATE_KEY") {
      problems.push({ code: "yaml/duplicate-key", start, end: Math.max(end, start + 1), path: [], args: { key: text.slice(start, end).trim() || "?" } });
    } else {
      problems.push({ code: "yaml/syntax", start, end: Math.max(end, start + 1), path: [], args: { yamlCode: e.code, detail: e.message.replace(/\.$/, "") } });
    }
  }
  for (const w of doc.warnings) {
    problems.push({ code: "yaml/warning", start: w.pos[0], end: w.pos[1], path: [], args: { yamlCode: w.code, detail: w.message.replace(/\.$/, "") } });
  }
  if (doc.errors.length > 0) return done(doc, undefined);

  let value: unknown;
  try {
    value = doc.toJS({ maxAliasCount: limits.maxAliasCount });
  } catch (error) {
    if (error instanceof ReferenceError || error instanceof RangeError) {
      const code = error instanceof RangeError ? "file/too-deep" : "file/alias-limit";
      problems.push({ code, start: 0, end: 0, path: [], args: { detail: error.message, limit: limits.maxDepth } });
      return done(doc, undefined);
    }
    throw error;
  }
  if (depthExceeds(value, limits.maxDepth)) {
    problems.push({ code: "file/too-deep", start: 0, end: 0, path: [], args: { limit: limits.maxDepth } });
    return done(doc, undefined);
  }
  const contents = doc.contents;
  if (!isMap(contents)) {
    const [start, end] = contents?.range ?? [0, 0];
    const found = isSeq(contents) ? "a list" : isScalar(contents) ? describe(value) : describe(value);
    problems.push({ code: "file/not-a-mapping", start, end, path: [], args: { found } });
    return done(doc, undefined);
  }
  return done(doc, value);
}
