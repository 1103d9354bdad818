/**
 * Schemas for the registries under curriculum/: topics, frameworks, helplines
 * and school systems. They are data, checked by the same pipeline as lessons.
 */
import { z } from "zod";
import { ageRangeSchema, ageSchema, countrySchema, localizedTextSchema, slugSchema } from "./shared.js";

/**
 * The three strands of the curriculum.
 *
 * @example
 * ```ts
 * strandIdSchema.options; // ["media-literacy", "relationships-sexuality", "online-safety"]
 * ```
 */
export const strandIdSchema = z.enum(["media-literacy", "relationships-sexuality", "online-safety"]);

/**
 * A strand with its names.
 *
 * @example
 * ```ts
 * strandSchema.parse(bundledRegistry.strands[0]);
 * ```
 */
export const strandSchema = z.strictObject({
  id: strandIdSchema,
  name: localizedTextSchema,
  description: localizedTextSchema,
});

/**
 * Why a topic starts at its minimum age: the framework (and item) that places it there.
 *
 * @example
 * ```ts
 * minAgeReasonSchema.parse({ framework: "who-bzga-2010", note: { en: "From 0–4." } });
 * ```
 */
export const minAgeReasonSchema = z.strictObject({
  framework: slugSchema,
  code: z.string().min(1).optional(),
  note: localizedTextSchema,
});

/**
 * A topic of the taxonomy. Lessons on it may not start below `minAge`.
 *
 * @example
 * ```ts
 * topicSchema.parse(bundledRegistry.topics[0]);
 * ```
 */
export const topicSchema = z.strictObject({
  id: slugSchema,
  strand: strandIdSchema,
  name: localizedTextSchema,
  description: localizedTextSchema,
  minAge: ageSchema,
  minAgeReason: minAgeReasonSchema,
});

/**
 * The topic registry file: curriculum/topics.yaml.
 *
 * @example
 * ```ts
 * topicRegistrySchema.parse(parse(readFileSync("curriculum/topics.yaml", "utf8")));
 * ```
 */
export const topicRegistrySchema = z.strictObject({
  strands: z.array(strandSchema).min(1),
  topics: z.array(topicSchema).min(1),
});

/**
 * An age group as a framework names it, e.g. ITGSE "9-12".
 *
 * @example
 * ```ts
 * frameworkAgeGroupSchema.parse({ code: "9-12", min: 9, max: 12 });
 * ```
 */
export const frameworkAgeGroupSchema = z.strictObject({
  code: z.string().min(1),
  min: ageSchema,
  max: ageSchema,
});

/**
 * One item of a framework: a key concept, a topic, a competence, a strand…
 *
 * @example
 * ```ts
 * frameworkItemSchema.parse({ code: "4.3", kind: "topic", name: { en: "Safe use of ICTs" }, parent: "4" });
 * ```
 */
export const frameworkItemSchema = z.strictObject({
  code: z.string().min(1),
  kind: slugSchema.meta({ description: "What the item is in its framework: key-concept, topic, area, competence, theme, strand, age-group…" }),
  name: localizedTextSchema,
  parent: z.string().min(1).optional(),
  ageGroups: z.array(z.string().min(1)).optional().meta({ description: "Age-group codes the item is taught in; all when absent" }),
  verified: z.boolean().optional().meta({ description: "false when the name is recalled, not checked against the source" }),
});

/**
 * A framework: codes and names only, never its text.
 *
 * @example
 * ```ts
 * frameworkSchema.parse(bundledRegistry.frameworkById.get("unesco-itgse-2018"));
 * ```
 */
export const frameworkSchema = z.strictObject({
  id: slugSchema,
  name: localizedTextSchema,
  shortName: z.string().min(1),
  publisher: z.string().min(1),
  year: z.int().min(1900).max(2100),
  licence: z.string().min(1).optional(),
  ageGroups: z.array(frameworkAgeGroupSchema),
  items: z.array(frameworkItemSchema).min(1),
  notes: localizedTextSchema.optional(),
  sources: z.array(z.string().min(1)).min(1),
});

/**
 * What a service is for.
 *
 * @example
 * ```ts
 * helplineKindSchema.options; // ["helpline", "reporting", "removal", "emergency"]
 * ```
 */
export const helplineKindSchema = z.enum(["helpline", "reporting", "removal", "emergency"]);

/**
 * Who a service is for.
 *
 * @example
 * ```ts
 * audienceSchema.parse("children");
 * ```
 */
export const audienceSchema = z.enum(["children", "young-people", "adults", "professionals"]);

/**
 * A helpline or reporting point, only as verified in the reference research.
 *
 * @example
 * ```ts
 * helplineSchema.parse(bundledRegistry.helplineById.get("be-child-focus"));
 * ```
 */
export const helplineSchema = z.strictObject({
  id: slugSchema,
  country: countrySchema,
  name: z.string().min(1),
  kind: helplineKindSchema,
  phone: z.string().min(1).optional(),
  url: z.url().optional(),
  purpose: localizedTextSchema,
  audience: z.array(audienceSchema).min(1),
  free: z.boolean().optional(),
  alwaysOpen: z.boolean().optional().meta({ description: "true only where a source states 24/7" }),
  languages: z.array(z.string().min(2)).optional(),
  operator: z.string().min(1).optional(),
  sources: z.array(z.url()).min(1),
});

/**
 * A helpline registry file: the services of one country.
 *
 * @example
 * ```ts
 * helplineRegistrySchema.parse(parse(readFileSync("curriculum/helplines/be.yaml", "utf8")));
 * ```
 */
export const helplineRegistrySchema = z.strictObject({
  country: countrySchema,
  name: localizedTextSchema,
  helplines: z.array(helplineSchema).min(1),
});

/**
 * One grade (school year) in a school system.
 *
 * @example
 * ```ts
 * gradeSchema.parse(bundledRegistry.schoolSystemById.get("fr")?.grades[0]);
 * ```
 */
export const gradeSchema = z.strictObject({
  code: z.string().min(1),
  name: z.string().min(1).meta({ description: "Local name in the system's language" }),
  gloss: z.string().min(1).meta({ description: "English gloss" }),
  stage: z.string().min(1),
  isced: z.int().min(0).max(3),
  ages: ageRangeSchema.meta({ description: "Typical ages of pupils during the year, as people there say it" }),
  aliases: z.array(z.string().min(1)).optional(),
});

/**
 * A school system: its grades and the cohort rule their ages come from.
 *
 * @example
 * ```ts
 * schoolSystemSchema.parse(bundledRegistry.schoolSystemById.get("be-fwb"));
 * ```
 */
export const schoolSystemSchema = z.strictObject({
  id: slugSchema,
  name: localizedTextSchema,
  country: countrySchema,
  language: z.string().min(2),
  cohortRule: localizedTextSchema,
  grades: z.array(gradeSchema).min(1),
  sources: z.array(z.string().min(1)).min(1),
});

/** One of the three strands. */
export type StrandId = z.infer<typeof strandIdSchema>;
/** A strand with its names. */
export type Strand = z.infer<typeof strandSchema>;
/** A topic of the taxonomy, with its minimum age. */
export type Topic = z.infer<typeof topicSchema>;
/** The topic registry file: strands and topics. */
export type TopicRegistry = z.infer<typeof topicRegistrySchema>;
/** A framework: codes and names only. */
export type Framework = z.infer<typeof frameworkSchema>;
/** One item of a framework. */
export type FrameworkItem = z.infer<typeof frameworkItemSchema>;
/** A helpline or reporting point. */
export type Helpline = z.infer<typeof helplineSchema>;
/** The helplines of one country. */
export type HelplineRegistry = z.infer<typeof helplineRegistrySchema>;
/** One grade of a school system. */
export type Grade = z.infer<typeof gradeSchema>;
/** A school system with its grades. */
export type SchoolSystem = z.infer<typeof schoolSystemSchema>;
