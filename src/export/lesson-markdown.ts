/**
 * A lesson as a printable Markdown sheet, in one locale. Plain fields are
 * escaped so that they show literally; Markdown fields keep their formatting
 * with raw HTML neutralised.
 */
import type { Registry } from "../rules/registry.js";
import type { Lesson } from "../schema/lesson.js";
import type { LocalizedText } from "../schema/shared.js";
import { pickText } from "../schema/localized.js";
import { label } from "./labels.js";
import { escapeMarkdown, markdownSafe } from "./text.js";

const pick = pickText;
/** A Markdown field inside a list item: continuation lines indented under the item. */
const indent = (text: string, by: string): string => text.split("\n").join(`\n${by}`);
/** A Markdown field inside a table cell: one line, pipes escaped. */
const cell = (text: string): string => markdownSafe(text).replace(/\|/g, "\\|").replace(/\r?\n+/g, " ");

/**
 * The Markdown text of one lesson in one locale.
 *
 * @example
 * ```ts
 * const md = lessonMarkdown(lessons[0]!, "fr", bundledRegistry);
 * ```
 */
export function lessonMarkdown(lesson: Lesson, locale: string, registry: Registry): string {
  const p = (x: LocalizedText | undefined): string => escapeMarkdown(pick(x, locale));
  const m = (x: LocalizedText | undefined): string => markdownSafe(pick(x, locale));
  const L = (k: Parameters<typeof label>[0]): string => label(k, locale);
  const s = lesson.safeguarding;
  const out: string[] = [];
  out.push(`# ${p(lesson.title)}`, "");
  const topics = lesson.topics.map((id) => escapeMarkdown(pick(registry.topicById.get(id)?.name, locale) || id)).join(", ");
  out.push(`**${L("ages")}:** ${lesson.ages.min}–${lesson.ages.max} ${L("years")} · **${L("duration")}:** ${lesson.durationMinutes} ${L("minutes")} · **${L("sensitivity")}:** ${L(s.sensitivity)}  `);
  out.push(`**${L("topics")}:** ${topics}`, "", p(lesson.summary), "");
  out.push(`## ${L("objectives")}`, "", ...lesson.objectives.map((o, i) => `${i + 1}. *${L(o.domain)}* — ${indent(m(o.text), "   ")}`), "");
  if (lesson.vocabulary.length > 0) {
    out.push(`## ${L("vocabulary")}`, "", `| | |`, `|---|---|`, ...lesson.vocabulary.map((v) => `| ${cell(escapeMarkdown(pick(v.term, locale)))} | ${cell(pick(v.definition, locale))} |`), "");
  }
  if (lesson.materials.length > 0) {
    out.push(`## ${L("materials")}`, "", ...lesson.materials.map((x) => `- ${p(x.name)}`), "");
    for (const x of lesson.materials.filter((y) => y.content)) out.push(`### ${p(x.name)}`, "", m(x.content), "");
  }
  out.push(`## ${L("activities")}`, "");
  lesson.activities.forEach((a, i) => {
    out.push(`### ${i + 1}. ${p(a.title)} (${a.minutes} ${L("minutes")} · ${a.grouping.map((g) => L(g)).join(", ")})`, "");
    out.push(`**${L("teacher")}**`, "", ...a.steps.map((st, j) => `${j + 1}. ${indent(m(st), "   ")}`), "", `**${L("pupils")}**: ${m(a.pupils)}`, "");
  });
  if (lesson.differentiation) {
    out.push(`## ${L("differentiation")}`, "", `**${L("support")}**`, "", ...lesson.differentiation.support.map((x) => `- ${indent(m(x), "  ")}`), "",
      `**${L("stretch")}**`, "", ...lesson.differentiation.stretch.map((x) => `- ${indent(m(x), "  ")}`), "");
  }
  out.push(`## ${L("assessment")}`, "", `**${L("method")}:** ${m(lesson.assessment.method)}`, "", `**${L("criteria")}:**`, "",
    ...lesson.assessment.successCriteria.map((c) => `- ${indent(m(c), "  ")}`), "");
  if (lesson.misconceptions.length > 0) {
    out.push(`## ${L("misconceptions")}`, "", `| ${L("belief")} | ${L("answer")} |`, `|---|---|`,
      ...lesson.misconceptions.map((x) => `| ${cell(pick(x.belief, locale))} | ${cell(pick(x.answer, locale))} |`), "");
  }
  out.push(`## ${L("teacherNotes")}`, "", m(lesson.teacherNotes), "");
  out.push(`## ${L("safeguarding")}`, "", `**${L("sensitivity")}:** ${L(s.sensitivity)}`, "");
  if (s.supervision) out.push(`### ${L("supervision")}`, "", m(s.supervision), "");
  if (s.watchFor) out.push(`### ${L("watchFor")}`, "", ...s.watchFor.map((x) => `- ${indent(m(x), "  ")}`), "");
  if (s.disclosure) out.push(`### ${L("disclosure")}`, "", ...s.disclosure.map((x, i) => `${i + 1}. ${indent(m(x), "   ")}`), "");
  if (s.report) out.push(`### ${L("report")}`, "", m(s.report), "");
  if (s.helplines?.length) {
    out.push(`### ${L("helplines")}`, "", ...s.helplines.flatMap((id) => {
      const h = registry.helplineById.get(id);
      return h ? [`- ${escapeMarkdown(h.country)} — **${escapeMarkdown(h.name)}** ${[h.phone, h.url].filter(Boolean).map((x) => escapeMarkdown(x!)).join(" · ")}: ${p(h.purpose)}`] : [];
    }), "", `*${L("checkHelplines")}*`, "");
  }
  if (lesson.alignments.length > 0) {
    out.push(`## ${L("alignments")}`, "", ...lesson.alignments.map((a) => {
      const fw = registry.frameworkById.get(a.framework);
      const item = registry.frameworkItems.get(a.framework)?.get(a.code);
      return `- ${escapeMarkdown(fw?.shortName ?? a.framework)} ${escapeMarkdown(a.code)}${item ? ` — ${p(item.name)}` : ""}${a.fit === "partial" ? ` (${L("partial")})` : ""}`;
    }), "");
  }
  out.push(`## ${L("family")}`, "", m(lesson.family.letter), "", "---", "", `*${L("licence")}*`, "");
  return out.join("\n");
}
