/**
 * A lesson as a printable HTML sheet, in one locale.
 */
import type { Registry } from "../rules/registry.js";
import type { Lesson } from "../schema/lesson.js";
import type { LocalizedText } from "../schema/shared.js";
import { pickText } from "../schema/localized.js";
import { label } from "./labels.js";
import { sheetCss } from "./style.js";
import { escapeHtml, markdownInline, markdownToHtml } from "./text.js";

/** Options of {@link lessonArticleHtml} and {@link lessonPageHtml}. */
export interface LessonHtmlOptions {
  /** Link target for a prerequisite lesson id; omitted: no links. */
  readonly lessonHref?: (id: string) => string;
  /** Extra HTML inserted at the top of the page body (navigation); already safe HTML. */
  readonly header?: string;
}

const pick = pickText;

/**
 * The lesson as an `<article>`: every section a teacher needs, text escaped or rendered safely.
 *
 * @example
 * ```ts
 * const article = lessonArticleHtml(lessons[0]!, "en", bundledRegistry);
 * ```
 */
export function lessonArticleHtml(lesson: Lesson, locale: string, registry: Registry, options: LessonHtmlOptions = {}): string {
  const t = (x: LocalizedText | undefined): string => escapeHtml(pick(x, locale));
  const mdBlock = (x: LocalizedText | undefined): string => markdownToHtml(pick(x, locale));
  const mdInline = (x: LocalizedText | undefined): string => markdownInline(pick(x, locale));
  const L = (k: Parameters<typeof label>[0]): string => escapeHtml(label(k, locale));
  const C = escapeHtml(label("colon", locale)); // French sets a space before a colon
  const s = lesson.safeguarding;
  const out: string[] = [];
  out.push(`<article class="lesson" lang="${escapeHtml(locale)}" id="${escapeHtml(lesson.id)}">`);
  out.push(`<h1>${t(lesson.title)}</h1>`);
  const topics = lesson.topics.map((id) => escapeHtml(pick(registry.topicById.get(id)?.name, locale) || id));
  out.push(`<ul class="meta"><li>${L("ages")}${C} ${lesson.ages.min}–${lesson.ages.max} ${L("years")}</li><li>${L("duration")}${C} ${lesson.durationMinutes} ${L("minutes")}</li>` +
    `<li>${L("sensitivity")}${C} <span class="tag sens-${s.sensitivity}">${L(s.sensitivity)}</span></li><li>${L("topics")}${C} ${topics.join(", ")}</li></ul>`);
  out.push(`<p>${mdInline(lesson.summary)}</p>`);
  out.push(`<h2>${L("objectives")}</h2><ol>${lesson.objectives.map((o) => `<li><span class="tag">${L(o.domain)}</span> ${mdInline(o.text)}</li>`).join("")}</ol>`);
  if (lesson.vocabulary.length > 0) {
    out.push(`<h2>${L("vocabulary")}</h2><table><tbody>${lesson.vocabulary.map((v) => `<tr><th scope="row">${t(v.term)}</th><td>${mdInline(v.definition)}</td></tr>`).join("")}</tbody></table>`);
  }
  if (lesson.materials.length > 0) {
    out.push(`<h2>${L("materials")}</h2><ul>${lesson.materials.map((m) => `<li>${t(m.name)}</li>`).join("")}</ul>`);
    for (const m of lesson.materials.filter((x) => x.content)) out.push(`<section class="material"><h3>${t(m.name)}</h3>${mdBlock(m.content)}</section>`);
  }
  out.push(`<h2>${L("activities")}</h2>`);
  lesson.activities.forEach((a, i) => {
    out.push(`<section class="activity"><h3>${i + 1}. ${t(a.title)} <small>(${a.minutes} ${L("minutes")} · ${a.grouping.map((g) => L(g)).join(", ")})</small></h3>` +
      `<p><strong>${L("teacher")}</strong></p><ol>${a.steps.map((st) => `<li>${mdBlock(st)}</li>`).join("")}</ol>` +
      `<p><strong>${L("pupils")}</strong></p>${mdBlock(a.pupils)}</section>`);
  });
  if (lesson.differentiation) {
    out.push(`<h2>${L("differentiation")}</h2><h3>${L("support")}</h3><ul>${lesson.differentiation.support.map((x) => `<li>${mdInline(x)}</li>`).join("")}</ul>` +
      `<h3>${L("stretch")}</h3><ul>${lesson.differentiation.stretch.map((x) => `<li>${mdInline(x)}</li>`).join("")}</ul>`);
  }
  out.push(`<h2>${L("assessment")}</h2><p><strong>${L("method")}${C}</strong></p>${mdBlock(lesson.assessment.method)}` +
    `<p><strong>${L("criteria")}${C}</strong></p><ul>${lesson.assessment.successCriteria.map((c) => `<li>${mdInline(c)}</li>`).join("")}</ul>`);
  if (lesson.misconceptions.length > 0) {
    out.push(`<h2>${L("misconceptions")}</h2><table><thead><tr><th>${L("belief")}</th><th>${L("answer")}</th></tr></thead><tbody>` +
      lesson.misconceptions.map((m) => `<tr><td>${mdInline(m.belief)}</td><td>${mdInline(m.answer)}</td></tr>`).join("") + `</tbody></table>`);
  }
  out.push(`<h2>${L("teacherNotes")}</h2>${mdBlock(lesson.teacherNotes)}`);
  out.push(`<h2>${L("safeguarding")}</h2><p>${L("sensitivity")}${C} <span class="tag sens-${s.sensitivity}">${L(s.sensitivity)}</span></p>`);
  if (s.supervision) out.push(`<h3>${L("supervision")}</h3>${mdBlock(s.supervision)}`);
  if (s.watchFor) out.push(`<h3>${L("watchFor")}</h3><ul>${s.watchFor.map((x) => `<li>${mdInline(x)}</li>`).join("")}</ul>`);
  if (s.disclosure) out.push(`<h3>${L("disclosure")}</h3><ol>${s.disclosure.map((x) => `<li>${mdInline(x)}</li>`).join("")}</ol>`);
  if (s.report) out.push(`<h3>${L("report")}</h3>${mdBlock(s.report)}`);
  if (s.helplines?.length) {
    const rows = s.helplines.flatMap((id) => {
      const h = registry.helplineById.get(id);
      if (!h) return [];
      const contact = [h.phone, h.url ? `<a href="${escapeHtml(h.url)}">${escapeHtml(h.url.replace(/^https?:\/\//, ""))}</a>` : undefined].filter(Boolean).join(" · ");
      return [`<tr><td>${escapeHtml(h.country)}</td><td>${escapeHtml(h.name)}</td><td>${contact}</td><td>${t(h.purpose)}</td></tr>`];
    });
    out.push(`<h3>${L("helplines")}</h3><table><tbody>${rows.join("")}</tbody></table><p class="note">${L("checkHelplines")}</p>`);
  }
  if (lesson.alignments.length > 0) {
    out.push(`<h2>${L("alignments")}</h2><ul>${lesson.alignments.map((a) => {
      const fw = registry.frameworkById.get(a.framework);
      const item = registry.frameworkItems.get(a.framework)?.get(a.code);
      const partial = a.fit === "partial" ? ` <span class="tag">${L("partial")}</span>` : "";
      return `<li>${escapeHtml(fw?.shortName ?? a.framework)} ${escapeHtml(a.code)}${item ? ` — ${t(item.name)}` : ""}${partial}${a.note ? `<br><span class="note">${t(a.note)}</span>` : ""}</li>`;
    }).join("")}</ul>`);
  }
  if (lesson.prerequisites?.length) {
    const link = options.lessonHref;
    out.push(`<p><strong>${L("prerequisites")}${C}</strong> ${lesson.prerequisites.map((p) => (link ? `<a href="${escapeHtml(link(p))}">${escapeHtml(p)}</a>` : escapeHtml(p))).join(", ")}</p>`);
  }
  out.push(`<h2>${L("family")}</h2>${mdBlock(lesson.family.letter)}`);
  out.push(`<p class="note">${L("licence")}</p></article>`);
  return out.join("\n");
}

/**
 * A standalone HTML document for one lesson in one locale.
 *
 * @example
 * ```ts
 * writeFileSync("lesson.html", lessonPageHtml(getLesson("my-body-belongs-to-me")!, "fr", bundledRegistry));
 * ```
 */
export function lessonPageHtml(lesson: Lesson, locale: string, registry: Registry, options: LessonHtmlOptions = {}): string {
  return `<!doctype html>
<html lang="${escapeHtml(locale)}">
<head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1"><link rel="icon" href="data:,">
<title>${escapeHtml(pick(lesson.title, locale))} — growsafe</title>
<style>${sheetCss}</style></head>
<body>${options.header ?? ""}<main>
${lessonArticleHtml(lesson, locale, registry, options)}
</main></body></html>
`;
}
