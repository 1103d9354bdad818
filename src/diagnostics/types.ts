/**
 * Diagnostics are plain, JSON-serialisable values. A rule never throws and
 * never builds a sentence: it reports a code, its arguments and a data path;
 * the validator adds the position, and messages.ts turns code and arguments
 * into words in the reader's language.
 */

/** How serious a problem is, after the project's configuration is applied. */
export type Severity = "error" | "warning" | "info";

/** A severity setting in a config file; `off` silences the rule. */
export type SeveritySetting = Severity | "off";

/** A segment of a path inside a YAML document: a key or a list index. */
export type PathSegment = string | number;

/** Arguments of a diagnostic, filled into its message template. */
export type DiagnosticArgs = Readonly<Record<string, string | number>>;

/**
 * One problem found in one file, with its exact position.
 *
 * Lines and columns are 1-based; `offset`/`endOffset` are 0-based character
 * offsets into the text as read (after a BOM was removed).
 *
 * @example
 * ```ts
 * const d: Diagnostic = {
 *   code: "lesson/duration-mismatch", severity: "error", file: "a.yaml",
 *   path: ["durationMinutes"], line: 6, column: 18, endLine: 6, endColumn: 20,
 *   offset: 120, endOffset: 122, args: { sum: 35, duration: 40 },
 *   message: "Activity minutes add up to 35, but durationMinutes is 40.",
 *   hint: "Change durationMinutes to 35 or adjust the activities' minutes.",
 * };
 * ```
 */
export interface Diagnostic {
  /** Stable rule code, e.g. `schema/unknown-key` or `yaml/DUPLICATE_KEY`. */
  readonly code: string;
  readonly severity: Severity;
  /** The file as the user named it. */
  readonly file: string;
  /** Where in the document, e.g. `["activities", 2, "minutes"]`. */
  readonly path: readonly PathSegment[];
  readonly line: number;
  readonly column: number;
  readonly endLine: number;
  readonly endColumn: number;
  readonly offset: number;
  readonly endOffset: number;
  readonly args: DiagnosticArgs;
  /** The message in the requested locale. */
  readonly message: string;
  /** How to fix it, in the requested locale. */
  readonly hint?: string;
}

/** A problem as a rule reports it: no position and no words yet. */
export interface RawProblem {
  readonly code: string;
  readonly path: readonly PathSegment[];
  readonly args?: DiagnosticArgs;
  /** Point at the key of the last path segment rather than at its value. */
  readonly atKey?: boolean;
  /** Overrides the rule's default severity (used for errors passed through from yaml). */
  readonly severity?: Severity;
}
