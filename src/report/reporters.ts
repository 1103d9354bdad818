/**
 * Reporters turn a validation result into text. They are plain functions:
 * no I/O, no environment; colour is a parameter.
 */
import type { Diagnostic } from "../diagnostics/types.js";

/** What a reporter needs besides the diagnostics. */
export interface ReportInput {
  readonly diagnostics: readonly Diagnostic[];
  readonly files: number;
  readonly lessons: number;
  /** The text of each file, for code frames. */
  readonly texts?: ReadonlyMap<string, string>;
}

/** Colour functions; identity when colour is off. */
export interface Palette {
  readonly red: (s: string) => string;
  readonly yellow: (s: string) => string;
  readonly cyan: (s: string) => string;
  readonly dim: (s: string) => string;
  readonly bold: (s: string) => string;
}

const same = (s: string): string => s;

/**
 * A palette that prints no escape codes.
 *
 * @example
 * ```ts
 * formatPretty(result, noColor);
 * ```
 */
export const noColor: Palette = { red: same, yellow: same, cyan: same, dim: same, bold: same };

/**
 * A code frame: the line of the problem with a line before it, and a caret
 * line under the span.
 *
 * @example
 * ```ts
 * codeFrame("a: 1\nb: x\n", 2, 4, 2, 5);
 * // "  1 | a: 1\n> 2 | b: x\n    |    ^"
 * ```
 */
export function codeFrame(text: string, line: number, column: number, endLine: number, endColumn: number, palette: Palette = noColor): string {
  const lines = text.split(/\r?\n/);
  const first = Math.max(1, line - 1);
  const width = String(line).length;
  const out: string[] = [];
  for (let n = first; n <= Math.min(line, lines.length); n++) {
    const src = (lines[n - 1] ?? "").replace(/\t/g, " ");
    const shown = src.length > 160 ? `${src.slice(0, 157)}...` : src;
    out.push(`${n === line ? palette.red(">") : " "} ${palette.dim(String(n).padStart(width))} | ${shown}`);
  }
  const lineText = lines[line - 1] ?? "";
  const end = endLine === line ? Math.max(endColumn, column + 1) : lineText.length + 1;
  const caretLen = Math.max(1, Math.min(end - column, 80));
  out.push(`  ${" ".repeat(width)} | ${" ".repeat(Math.max(0, column - 1))}${palette.red("^".repeat(caretLen))}`);
  return out.join("\n");
}

const plural = (n: number, word: string): string => `${n} ${word}${n === 1 ? "" : "s"}`;

/**
 * The default, human format: one block per problem with a code frame, then a summary.
 *
 * @example
 * ```ts
 * console.log(formatPretty({ diagnostics, files: 3, lessons: 3, texts }));
 * ```
 */
export function formatPretty(input: ReportInput, palette: Palette = noColor): string {
  const blocks: string[] = [];
  for (const d of input.diagnostics) {
    const sev = d.severity === "error" ? palette.red("error") : d.severity === "warning" ? palette.yellow("warning") : palette.cyan("info");
    const where = palette.bold(`${d.file}:${d.line}:${d.column}`);
    const pathText = d.path.length > 0 ? palette.dim(` at ${d.path.join(".")}`) : "";
    const lines = [`${where} ${sev} ${d.message} ${palette.dim(`[${d.code}]`)}${pathText}`];
    const text = input.texts?.get(d.file);
    if (text !== undefined && text.length > 0) lines.push(codeFrame(text, d.line, d.column, d.endLine, d.endColumn, palette));
    if (d.hint) lines.push(`  ${palette.cyan("hint:")} ${d.hint}`);
    blocks.push(lines.join("\n"));
  }
  const errors = input.diagnostics.filter((d) => d.severity === "error").length;
  const warnings = input.diagnostics.filter((d) => d.severity === "warning").length;
  const summary = `${plural(input.files, "file")}, ${plural(input.lessons, "valid lesson")}: ${plural(errors, "error")}, ${plural(warnings, "warning")}.`;
  blocks.push(errors > 0 ? palette.red(summary) : warnings > 0 ? palette.yellow(summary) : summary);
  return blocks.join("\n\n") + "\n";
}

/**
 * One JSON object: counts and the list of problems.
 *
 * @example
 * ```ts
 * JSON.parse(formatJson({ diagnostics: [], files: 1, lessons: 1 })).errorCount; // 0
 * ```
 */
export function formatJson(input: ReportInput): string {
  const errors = input.diagnostics.filter((d) => d.severity === "error").length;
  const warnings = input.diagnostics.filter((d) => d.severity === "warning").length;
  return JSON.stringify({ files: input.files, lessons: input.lessons, errorCount: errors, warningCount: warnings, problems: input.diagnostics }, null, 2) + "\n";
}

/** Escapes data for a GitHub workflow command (properties and message). */
const escapeData = (s: string): string => s.replace(/%/g, "%25").replace(/\r/g, "%0D").replace(/\n/g, "%0A");
const escapeProperty = (s: string): string => escapeData(s).replace(/:/g, "%3A").replace(/,/g, "%2C");

/**
 * GitHub Actions workflow annotations, one line per problem.
 *
 * @example
 * ```ts
 * formatGithub({ diagnostics, files: 1, lessons: 0 });
 * // "::error file=a.yaml,line=3,col=5,endLine=3,endColumn=9,title=schema/unknown-key::Unknown field `colour`."
 * ```
 */
export function formatGithub(input: ReportInput): string {
  return input.diagnostics
    .map((d) => {
      const level = d.severity === "info" ? "notice" : d.severity;
      const props = `file=${escapeProperty(d.file)},line=${d.line},col=${d.column},endLine=${d.endLine},endColumn=${d.endColumn},title=${escapeProperty(d.code)}`;
      return `::${level} ${props}::${escapeData(d.hint ? `${d.message} ${d.hint}` : d.message)}\n`;
    })
    .join("");
}
