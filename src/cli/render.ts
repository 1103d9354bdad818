/**
 * Plain-text rendering for the terminal: aligned tables and a lesson sheet.
 */
import type { Lesson } from "../schema/lesson.js";
import { pickText } from "../query/curriculum.js";

/** An aligned text table with a header row. */
export function renderTable(header: readonly string[], rows: readonly (readonly string[])[]): string {
  const widths = header.map((h, i) => Math.max(h.length, ...rows.map((r) => (r[i] ?? "").length)));
  const line = (cells: readonly string[]): string => cells.map((c, i) => (i === cells.length - 1 ? c : c.padEnd(widths[i]!))).join("  ");
  return [line(header), line(widths.map((w) => "-".repeat(w))), ...rows.map(line)].join("\n") + "\n";
}

/** A readable lesson sheet in one locale. */
export function renderLesson(lesson: Lesson, locale: string): string {
  const t = (x: Record<string, string>): string => pickText(x, locale);
  const fr = locale === "fr";
  const out: string[] = [];
  out.push(`# ${t(lesson.title)}`, "");
  out.push(`${fr ? "Âges" : "Ages"}: ${lesson.ages.min}–${lesson.ages.max} · ${lesson.durationMinutes} min · ${fr ? "sensibilité" : "sensitivity"}: ${lesson.safeguarding.sensitivity}`);
  out.push(`${fr ? "Thèmes" : "Topics"}: ${lesson.topics.join(", ")}`, "", t(lesson.summary), "");
  out.push(`## ${fr ? "Objectifs" : "Objectives"}`);
  for (const o of lesson.objectives) out.push(`- [${o.domain}] ${t(o.text)}`);
  out.push("", `## ${fr ? "Déroulement" : "Activities"}`);
  lesson.activities.forEach((a, i) => {
    out.push(`${i + 1}. ${t(a.title)} (${a.minutes} min · ${a.grouping.join(", ")})`);
    a.steps.forEach((s, j) => out.push(`   ${j + 1}) ${t(s).replace(/\n/g, "\n      ")}`));
  });
  out.push("", `## ${fr ? "Évaluation" : "Assessment"}`, t(lesson.assessment.method));
  for (const c of lesson.assessment.successCriteria) out.push(`- ${t(c)}`);
  return out.join("\n") + "\n";
}
