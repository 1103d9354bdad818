/**
 * The catalog site: a self-contained static folder (no network at run time)
 * with a filterable lesson list, one printable page per lesson and locale,
 * and coverage heatmaps.
 */
import { label } from "../export/labels.js";
import { lessonPageHtml } from "../export/lesson-html.js";
import { sheetCss } from "../export/style.js";
import { escapeHtml } from "../export/text.js";
import { coverageOf } from "../query/paths.js";
import type { Registry } from "../rules/registry.js";
import type { Lesson } from "../schema/lesson.js";
import { appScript } from "./app-script.js";
import { coverageSvg } from "./coverage-svg.js";

const LABEL_KEYS = ["catalogTitle", "filters", "age", "grade", "system", "any", "strand", "topic", "framework", "search", "results", "noResults", "coverage", "language", "years", "minutes", "back", "print"] as const;

/** A short Markdown text as plain text for the list (emphasis and code markers dropped). */
const plainText = (text: string): string => text.replace(/(\*\*|__|\*|_|`)(\S(?:.*?\S)?)\1/g, "$2");

/** Embeds JSON in a `<script>` element safely (no `</script>` or `<!--` can close it). */
const scriptJson = (value: unknown): string => JSON.stringify(value).replace(/</g, "\\u003c").replace(/\u2028/g, "\\u2028").replace(/\u2029/g, "\\u2029");

function catalogData(lessons: readonly Lesson[], registry: Registry, defaultLocale: string): unknown {
  const strandOf = (t: string): string | undefined => registry.topicById.get(t)?.strand;
  return {
    defaultLocale,
    labels: Object.fromEntries(["en", "fr"].map((loc) => [loc, Object.fromEntries(LABEL_KEYS.map((k) => [k, label(k, loc)]))])),
    ages: Array.from({ length: 16 }, (_, i) => i + 3),
    systems: registry.schoolSystems.filter((s) => s.id !== "isced").map((s) => ({ id: s.id, name: s.name, grades: s.grades.map((g) => ({ code: g.code, name: g.name, min: g.ages.min, max: g.ages.max })) })),
    strands: registry.strands.map((s) => ({ id: s.id, name: s.name })),
    topics: registry.topics.filter((t) => lessons.some((l) => l.topics.includes(t.id))).map((t) => ({ id: t.id, name: t.name })),
    frameworkItems: registry.frameworks.flatMap((f) => f.items
      .filter((i) => lessons.some((l) => l.alignments.some((a) => a.framework === f.id && (a.code === i.code || a.code.startsWith(`${i.code}.`)))))
      .map((i) => ({ key: `${f.id}:${i.code}`, label: `${f.shortName} ${i.code} — ${i.name["en"] ?? i.code}` }))),
    lessons: lessons.map((l) => ({
      id: l.id, title: l.title, summary: Object.fromEntries(Object.entries(l.summary).map(([k, v]) => [k, plainText(v)])), min: l.ages.min, max: l.ages.max, duration: l.durationMinutes, locales: l.locales,
      topics: l.topics, strands: [...new Set(l.topics.flatMap((t) => strandOf(t) ?? []))], alignments: l.alignments.map((a) => `${a.framework}:${a.code}`),
    })),
  };
}

function indexPage(lessons: readonly Lesson[], registry: Registry, locale: string): string {
  const L = (k: (typeof LABEL_KEYS)[number]): string => escapeHtml(label(k, locale));
  const field = (id: string, key: (typeof LABEL_KEYS)[number], control: string): string =>
    `<label class="field"><span data-label="${key}">${L(key)}</span>${control}</label>`;
  return `<!doctype html>
<html lang="${locale}">
<head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1"><link rel="icon" href="data:,">
<title>growsafe</title><style>${sheetCss}
.filters { display: grid; grid-template-columns: repeat(auto-fit, minmax(11rem, 1fr)); gap: .6rem 1rem; background: var(--soft); padding: 1rem; border-radius: .5rem; }
.field { display: flex; flex-direction: column; font-size: .9rem; gap: .2rem; }
.field select, .field input { font: inherit; padding: .3rem; }
#results { list-style: none; padding: 0; } .result { border-bottom: 1px solid var(--line); padding: .6rem 0; } .result p { margin: .2rem 0 0; }
.lang button[aria-pressed="true"] { font-weight: bold; text-decoration: underline; }
</style></head>
<body>
<nav class="top"><strong>growsafe</strong><a href="coverage.html" data-label="coverage">${L("coverage")}</a>
<span class="lang"><span data-label="language">${L("language")}</span>: <button id="lang-en" type="button">EN</button> <button id="lang-fr" type="button">FR</button></span></nav>
<main>
<h1 data-label="catalogTitle">${L("catalogTitle")}</h1>
<form class="filters" onsubmit="return false">
${field("f-age", "age", `<select id="f-age"></select>`)}
${field("f-system", "system", `<select id="f-system"></select>`)}
${field("f-grade", "grade", `<select id="f-grade" disabled></select>`)}
${field("f-strand", "strand", `<select id="f-strand"></select>`)}
${field("f-topic", "topic", `<select id="f-topic"></select>`)}
${field("f-framework", "framework", `<select id="f-framework"></select>`)}
${field("f-text", "search", `<input id="f-text" type="search">`)}
</form>
<p id="count" aria-live="polite"></p>
<p id="empty" data-label="noResults" hidden>${L("noResults")}</p>
<ul id="results"></ul>
</main>
<script type="application/json" id="growsafe-data">${scriptJson(catalogData(lessons, registry, locale))}</script>
<script>${appScript}</script>
</body></html>
`;
}

function coveragePage(lessons: readonly Lesson[], registry: Registry, locale: string): string {
  const sections = registry.frameworks.map((f) => {
    const report = coverageOf(lessons, registry, f.id, locale)!;
    const svg = coverageSvg(report, { title: `${f.shortName} — ${label("coverageTitle", locale)}`, gap: label("gap", locale), notTaught: label("notTaught", locale), lessons: label("covered", locale) });
    return `<section><h2>${escapeHtml(f.name[locale] ?? f.name["en"] ?? f.id)}</h2><p class="note">${report.gaps.length} · ${Math.round(report.ratio * 100)}%</p>${svg}</section>`;
  });
  return `<!doctype html>
<html lang="${locale}"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1"><link rel="icon" href="data:,">
<title>${escapeHtml(label("coverageTitle", locale))} — growsafe</title><style>${sheetCss} svg { max-width: 100%; height: auto; }</style></head>
<body><nav class="top"><a href="index.html">${escapeHtml(label("back", locale))}</a></nav>
<main><h1>${escapeHtml(label("coverageTitle", locale))}</h1>
${sections.join("\n")}
</main></body></html>
`;
}

/** Options of {@link siteFiles}. */
export interface SiteOptions {
  /** Language the catalog opens in. Default: `en`. */
  readonly locale?: string;
}

/**
 * Every file of the catalog site (relative path → HTML).
 *
 * @example
 * ```ts
 * const files = siteFiles(lessons, bundledRegistry, { locale: "fr" }); // index.html, coverage.html, lessons/*.html
 * ```
 */
export function siteFiles(lessons: readonly Lesson[], registry: Registry, options: SiteOptions = {}): Map<string, string> {
  const locale = options.locale ?? "en";
  const files = new Map<string, string>();
  files.set("index.html", indexPage(lessons, registry, locale));
  files.set("coverage.html", coveragePage(lessons, registry, locale));
  for (const l of lessons) {
    for (const loc of l.locales) {
      const others = l.locales.filter((x) => x !== loc).map((x) => `<a href="${escapeHtml(`${l.id}.${x}.html`)}" hreflang="${escapeHtml(x)}">${escapeHtml(x.toUpperCase())}</a>`).join(" ");
      const header = `<nav class="top"><a href="../index.html?lang=${escapeHtml(loc)}">${escapeHtml(label("back", loc))}</a> ${others} <button type="button" class="no-print" onclick="window.print()">${escapeHtml(label("print", loc))}</button></nav>`;
      files.set(`lessons/${l.id}.${loc}.html`, lessonPageHtml(l, loc, registry, { header, lessonHref: (id) => `${id}.${loc}.html` }));
    }
  }
  return files;
}
