/**
 * schema.org / LRMI `LearningResource` JSON-LD for a lesson.
 */
import type { Registry } from "../rules/registry.js";
import type { Lesson } from "../schema/lesson.js";

/** A JSON-LD object, as plain data. */
export type JsonLd = { readonly [key: string]: unknown };

/** Options of {@link lessonLrmi}. */
export interface LrmiOptions {
  /** Base URL for lesson identifiers. Default: `https://growsafe.invalid/lessons/`. */
  readonly baseUrl?: string;
}

/**
 * The LRMI description of a lesson: one JSON-LD object with its name and
 * description in every locale, typical ages, duration (ISO 8601), what it
 * teaches and an AlignmentObject for every framework code.
 *
 * @example
 * ```ts
 * const jsonld = lessonLrmi(lessons[0]!, bundledRegistry, { baseUrl: "https://example.org/lessons/" });
 * ```
 */
export function lessonLrmi(lesson: Lesson, registry: Registry, options: LrmiOptions = {}): JsonLd {
  const base = options.baseUrl ?? "https://growsafe.invalid/lessons/";
  const lang = (text: Record<string, string>) => Object.entries(text).map(([k, v]) => ({ "@language": k, "@value": v }));
  return {
    "@context": "https://schema.org",
    "@type": ["CreativeWork", "LearningResource"],
    "@id": `${base}${lesson.id}`,
    identifier: lesson.id,
    name: lang(lesson.title),
    description: lang(lesson.summary),
    inLanguage: lesson.locales,
    learningResourceType: { "@type": "DefinedTerm", name: "lesson plan", termCode: "lessonPlan", inDefinedTermSet: "http://purl.org/dcx/lrmi-vocabs/learningResourceType/" },
    educationalUse: "instruction",
    audience: { "@type": "EducationalAudience", educationalRole: "teacher" },
    typicalAgeRange: `${lesson.ages.min}-${lesson.ages.max}`,
    educationalLevel: registry.schoolSystemById.get("isced")?.grades
      .filter((g) => g.ages.min <= lesson.ages.max && lesson.ages.min <= g.ages.max)
      .map((g) => ({ "@type": "DefinedTerm", name: `ISCED ${g.code}`, termCode: g.code, inDefinedTermSet: "ISCED 2011" })) ?? [],
    timeRequired: `PT${lesson.durationMinutes}M`,
    about: lesson.topics.map((id) => ({ "@type": "DefinedTerm", termCode: id, name: registry.topicById.get(id)?.name["en"] ?? id })),
    teaches: lesson.objectives.map((o) => ({ "@type": "DefinedTerm", name: o.text["en"] ?? Object.values(o.text)[0], termCode: o.domain })),
    educationalAlignment: lesson.alignments.map((a) => {
      const fw = registry.frameworkById.get(a.framework);
      const item = registry.frameworkItems.get(a.framework)?.get(a.code);
      return {
        "@type": "AlignmentObject",
        alignmentType: "teaches",
        educationalFramework: fw?.name["en"] ?? a.framework,
        targetName: a.code,
        ...(item ? { targetDescription: item.name["en"] ?? "" } : {}),
      };
    }),
    ...(lesson.prerequisites?.length ? { competencyRequired: lesson.prerequisites.map((p) => `${base}${p}`) } : {}),
    license: "https://creativecommons.org/licenses/by/4.0/",
    isAccessibleForFree: true,
    keywords: lesson.topics,
  };
}
