/**
 * The export formats, as a static registry of pure functions from lessons to
 * files (path → content). Writing them is the Node wing's job.
 */
import { strToU8, zipSync } from "fflate";
import type { Registry } from "../rules/registry.js";
import type { Lesson } from "../schema/lesson.js";
import { cartridgeFiles } from "./cartridge.js";
import { casePackage } from "./case.js";
import { lessonMarkdown } from "./lesson-markdown.js";
import { lessonPageHtml } from "./lesson-html.js";
import { lessonLrmi } from "./lrmi.js";

/** Files to write: relative path → text or bytes. */
export type ExportFiles = Map<string, string | Uint8Array>;

/** Options every format accepts. */
export interface ExportOptions {
  /** Export time (CASE lastChangeDateTime). Default: now. */
  readonly date?: Date;
  /** Base URL for identifiers (LRMI, CASE). */
  readonly baseUrl?: string;
}

/**
 * The export formats growsafe writes.
 *
 * @example
 * ```ts
 * exportFormatNames; // ["md", "html", "lrmi", "cc", "case"]
 * ```
 */
export const exportFormatNames = ["md", "html", "lrmi", "cc", "case"] as const;

/** One of {@link exportFormatNames}. */
export type ExportFormat = (typeof exportFormatNames)[number];

const perLessonAndLocale = (lessons: readonly Lesson[], ext: string, render: (l: Lesson, locale: string) => string): ExportFiles =>
  new Map(lessons.flatMap((l) => l.locales.map((locale): [string, string] => [`${locale}/${l.id}.${ext}`, render(l, locale)])));

/**
 * Renders lessons in a format, as files.
 *
 * @example
 * ```ts
 * const files = exportFiles("lrmi", lessons, bundledRegistry);
 * files.get("all.jsonld");
 * ```
 */
export function exportFiles(format: ExportFormat, lessons: readonly Lesson[], registry: Registry, options: ExportOptions = {}): ExportFiles {
  switch (format) {
    case "md":
      return perLessonAndLocale(lessons, "md", (l, locale) => lessonMarkdown(l, locale, registry));
    case "html":
      return perLessonAndLocale(lessons, "html", (l, locale) => lessonPageHtml(l, locale, registry, { lessonHref: (id) => `${id}.html` }));
    case "lrmi": {
      const docs = lessons.map((l) => lessonLrmi(l, registry, options.baseUrl ? { baseUrl: `${options.baseUrl.replace(/\/$/, "")}/lessons/` } : {}));
      const files: ExportFiles = new Map(docs.map((d, i) => [`${lessons[i]!.id}.jsonld`, JSON.stringify(d, null, 2) + "\n"]));
      files.set("all.jsonld", JSON.stringify({ "@context": "https://schema.org", "@graph": docs.map(({ "@context": _, ...rest }) => rest) }, null, 2) + "\n");
      return files;
    }
    case "cc": {
      const parts = cartridgeFiles(lessons, registry);
      const zipped = zipSync(Object.fromEntries([...parts].map(([p, c]) => [p, strToU8(c)])), { level: 6 });
      return new Map([["growsafe.imscc", zipped]]);
    }
    case "case":
      return new Map([["growsafe.case.json", JSON.stringify(casePackage(lessons, registry, { ...(options.date ? { date: options.date } : {}), ...(options.baseUrl ? { baseUri: `${options.baseUrl.replace(/\/$/, "")}/case/v1p1/` } : {}) }), null, 2) + "\n"]]);
  }
}
