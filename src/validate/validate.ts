/**
 * Stage 3: the validator. Text → parse (positions) → schema → lesson rules →
 * catalog rules → severity configuration → sorted diagnostics.
 *
 * Nothing here throws on bad content: every problem is a value.
 */
import { z } from "zod";
import { renderMessage, type MessageLocale } from "../diagnostics/messages.js";
import { rulesByCode } from "../diagnostics/rules.js";
import type { Diagnostic, RawProblem, Severity, SeveritySetting } from "../diagnostics/types.js";
import { locatePath } from "../parse/locate.js";
import { defaultParseLimits, parseSource, type ParseLimits, type ParsedSource, type SpanProblem } from "../parse/parse-source.js";
import { checkCatalog, type LessonRef } from "../rules/catalog-rules.js";
import { lessonRules } from "../rules/lesson-rules.js";
import type { Registry } from "../rules/registry.js";
import { lessonSchema, type Lesson } from "../schema/lesson.js";
import { keysAt, problemsFromIssues } from "./schema-issues.js";

/** One file's name and text. */
export interface SourceFile {
  readonly filename: string;
  readonly text: string;
}

/** Options shared by every validation entry point. */
export interface ValidateOptions {
  /** Language of messages and hints. Default: `en`. */
  readonly locale?: MessageLocale;
  /** Severity per rule code, e.g. `{ "lesson/prerequisite-older": "error" }`. */
  readonly rules?: Readonly<Record<string, SeveritySetting>>;
  /** Turn warnings into errors. Default: false. */
  readonly strict?: boolean;
  /** Largest file accepted, in bytes. Default: 1 MB. */
  readonly maxFileSize?: number;
  /** Parser limits (aliases, depth). */
  readonly limits?: ParseLimits;
  /** Check that each lesson file is named after its id. Default: true. */
  readonly checkFilename?: boolean;
  /** Lessons checked alongside (the bundled ones): prerequisites may point at them, ids may not collide. */
  readonly external?: readonly Lesson[];
}

/**
 * Default size limit for one file: 1 MB.
 *
 * @example
 * ```ts
 * validateText(text, { maxFileSize: defaultMaxFileSize * 2 });
 * ```
 */
export const defaultMaxFileSize = 1_000_000;

/** The outcome of a validation run. */
export interface ValidationResult {
  /** True when no diagnostic is an error. */
  readonly ok: boolean;
  readonly files: number;
  /** Lessons that passed with no error, in file order. */
  readonly lessons: readonly Lesson[];
  /** Every problem, sorted by file, then position. */
  readonly diagnostics: readonly Diagnostic[];
  readonly errorCount: number;
  readonly warningCount: number;
}

/** Severity after the project's configuration: config, then strict. */
export function effectiveSeverity(code: string, base: Severity, options: ValidateOptions): Severity | undefined {
  const configured = options.rules?.[code] ?? options.rules?.[code.split("/")[0] + "/*"];
  const severity = configured === undefined ? base : configured === "off" ? undefined : configured;
  return severity === "warning" && options.strict ? "error" : severity;
}

const zodLocales: Record<MessageLocale, () => { localeError: z.core.$ZodErrorMap }> = { en: z.locales.en, fr: z.locales.fr };

/** Builds positioned, worded diagnostics for one parsed file. */
function toDiagnostics(parsed: ParsedSource, spans: readonly SpanProblem[], raws: readonly RawProblem[], options: ValidateOptions): Diagnostic[] {
  const out: Diagnostic[] = [];
  const locale = options.locale ?? "en";
  const push = (code: string, start: number, end: number, path: RawProblem["path"], args: RawProblem["args"] = {}, forced?: Severity): void => {
    const base = forced ?? rulesByCode.get(code)?.severity ?? "error";
    const severity = effectiveSeverity(code, base, options);
    if (!severity) return;
    const s = Math.min(start, parsed.text.length);
    const e = Math.min(Math.max(end, s), parsed.text.length);
    const a = parsed.lineCounter.linePos(s);
    const b = parsed.lineCounter.linePos(e);
    out.push({
      code, severity, file: parsed.filename, path: [...path],
      line: a.line, column: a.col, endLine: b.line, endColumn: b.col, offset: s, endOffset: e,
      args, ...renderMessage(code, args, locale),
    });
  };
  for (const p of spans) push(p.code, p.start, p.end, p.path, p.args, p.severity);
  for (const p of raws) {
    const span = locatePath(parsed.doc, p.path, p.atKey);
    push(p.code, span.start, span.end, p.path, p.args, p.severity);
  }
  return out;
}

const compareDiagnostics = (a: Diagnostic, b: Diagnostic): number =>
  a.file < b.file ? -1 : a.file > b.file ? 1 : a.offset - b.offset || a.code.localeCompare(b.code);

/** Runs every lesson rule, turning a crashing rule into a diagnostic. */
export function runLessonRules(value: Record<string, unknown>, registry: Registry, basename: string | undefined): RawProblem[] {
  const problems: RawProblem[] = [];
  for (const rule of lessonRules) {
    try {
      problems.push(...rule.check(value, { registry, ...(basename === undefined ? {} : { basename }) }));
    } catch (error) {
      problems.push({ code: "growsafe/rule-crashed", path: [], args: { rule: rule.name, detail: String(error) } });
    }
  }
  return problems;
}

const basenameOf = (filename: string): string | undefined => {
  const m = /([^/\\]+)\.ya?ml$/i.exec(filename);
  return m ? m[1] : undefined;
};

/** Size in UTF-8 bytes. */
const byteLength = (text: string): number => new TextEncoder().encode(text).length;

/**
 * Validates lesson files against the schema, the lesson rules, the registry
 * and each other. Never throws on bad content.
 *
 * @example
 * ```ts
 * const result = validateLessons([{ filename: "a.yaml", text }], registry);
 * for (const d of result.diagnostics) console.log(`${d.file}:${d.line}:${d.column} ${d.message}`);
 * ```
 */
export function validateLessons(sources: readonly SourceFile[], registry: Registry, options: ValidateOptions = {}): ValidationResult {
  const limits = options.limits ?? defaultParseLimits;
  const maxSize = options.maxFileSize ?? defaultMaxFileSize;
  const zodLocale = zodLocales[options.locale ?? "en"]().localeError;
  const perFile: { parsed: ParsedSource; spans: SpanProblem[]; raws: RawProblem[]; lesson?: Lesson }[] = [];
  const refs: LessonRef[] = [];

  sources.forEach((source, index) => {
    const size = byteLength(source.text);
    if (size > maxSize) {
      const parsed = parseSource("", source.filename, limits);
      perFile.push({ parsed, spans: [{ code: "file/too-large", start: 0, end: 0, path: [], args: { size, limit: maxSize } }], raws: [] });
      return;
    }
    const parsed = parseSource(source.text, source.filename, limits);
    const entry: (typeof perFile)[number] = { parsed, spans: [...parsed.problems], raws: [] };
    perFile.push(entry);
    const value = parsed.value;
    if (value === null || typeof value !== "object" || Array.isArray(value)) return;
    const record = value as Record<string, unknown>;
    const result = lessonSchema.safeParse(record, { error: zodLocale });
    if (!result.success) entry.raws.push(...problemsFromIssues(result.error.issues, record, (p) => keysAt(lessonSchema, p)));
    entry.raws.push(...runLessonRules(record, registry, options.checkFilename === false ? undefined : basenameOf(source.filename)));
    if (result.success) entry.lesson = result.data;
    const id = record["id"];
    if (typeof id === "string") {
      const ages = record["ages"] as Record<string, unknown> | undefined;
      const min = ages && typeof ages["min"] === "number" ? ages["min"] : undefined;
      const pre = record["prerequisites"];
      refs.push({ file: index, id, minAge: min, prerequisites: Array.isArray(pre) ? pre.filter((x): x is string => typeof x === "string") : [] });
    }
  });

  const external: LessonRef[] = (options.external ?? []).map((l) => ({ file: -1, id: l.id, minAge: l.ages.min, prerequisites: l.prerequisites ?? [] }));
  for (const p of checkCatalog(refs, external, sources.map((s) => s.filename))) perFile[p.file]!.raws.push(p);

  const diagnostics: Diagnostic[] = [];
  const lessons: Lesson[] = [];
  for (const f of perFile) {
    const ds = toDiagnostics(f.parsed, f.spans, f.raws, options);
    diagnostics.push(...ds);
    if (f.lesson && !ds.some((d) => d.severity === "error")) lessons.push(f.lesson);
  }
  diagnostics.sort(compareDiagnostics);
  const errorCount = diagnostics.filter((d) => d.severity === "error").length;
  const warningCount = diagnostics.filter((d) => d.severity === "warning").length;
  return { ok: errorCount === 0, files: sources.length, lessons, diagnostics, errorCount, warningCount };
}

/**
 * Validates one data file (a registry) against a schema, with positions.
 * Returns the parsed data when it has no error.
 */
export function validateDocument<T>(source: SourceFile, schema: z.ZodType<T>, options: ValidateOptions = {}): { data?: T; diagnostics: Diagnostic[] } {
  const parsed = parseSource(source.text, source.filename, options.limits ?? defaultParseLimits);
  const spans = [...parsed.problems];
  const raws: RawProblem[] = [];
  let data: T | undefined;
  if (parsed.value !== undefined) {
    const result = schema.safeParse(parsed.value, { error: zodLocales[options.locale ?? "en"]().localeError });
    if (result.success) data = result.data;
    else raws.push(...problemsFromIssues(result.error.issues, parsed.value, (p) => keysAt(schema as unknown as z.core.$ZodType, p)));
  }
  const diagnostics = toDiagnostics(parsed, spans, raws, options).sort(compareDiagnostics);
  return diagnostics.some((d) => d.severity === "error") || data === undefined ? { diagnostics } : { data, diagnostics };
}

/** Positions and words problems reported by path against an already parsed file. */
export function diagnosticsAt(source: SourceFile, raws: readonly RawProblem[], options: ValidateOptions = {}): Diagnostic[] {
  const parsed = parseSource(source.text, source.filename, options.limits ?? defaultParseLimits);
  return toDiagnostics(parsed, [], raws, options);
}
