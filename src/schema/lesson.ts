/**
 * The lesson plan: one YAML document per lesson. This schema is the single
 * source of truth; the TypeScript types and the shipped JSON Schema are both
 * derived from it.
 *
 * Structure only lives here. Rules that look across fields or across files
 * (minutes add up, locales complete, ids exist in the registries) live in
 * rules/, so that they can report every problem with its own code.
 */
import { z } from "zod";
import { ageRangeSchema, localeSchema, localizedListSchema, localizedTextSchema, slugSchema } from "./shared.js";

/**
 * The three kinds of learning objective, as in ITGSE and WHO/BZgA.
 *
 * @example
 * ```ts
 * objectiveDomainSchema.options; // ["knowledge", "attitudes", "skills"]
 * ```
 */
export const objectiveDomainSchema = z
  .enum(["knowledge", "attitudes", "skills"])
  .meta({ description: "knowledge, attitudes or skills" });

/**
 * An assessable learning objective.
 *
 * @example
 * ```ts
 * objectiveSchema.parse({ domain: "skills", text: { en: "Pupils can say no clearly." } });
 * ```
 */
export const objectiveSchema = z.strictObject({
  domain: objectiveDomainSchema,
  text: localizedTextSchema.meta({ description: "What pupils can do by the end, written so that it can be observed" }),
});

/**
 * A key word and the child-friendly definition the teacher gives.
 *
 * @example
 * ```ts
 * vocabularySchema.parse({ term: { en: "consent" }, definition: { en: "Saying yes freely." } });
 * ```
 */
export const vocabularySchema = z.strictObject({
  term: localizedTextSchema,
  definition: localizedTextSchema,
});

/**
 * How pupils are grouped during an activity.
 *
 * @example
 * ```ts
 * groupingSchema.parse("pairs");
 * ```
 */
export const groupingSchema = z
  .enum(["whole-class", "small-groups", "pairs", "individual"])
  .meta({ description: "whole-class, small-groups, pairs or individual" });

/**
 * A timed activity with step-by-step teacher instructions.
 *
 * @example
 * ```ts
 * activitySchema.parse({ title: { en: "Warm-up" }, minutes: 5, grouping: ["whole-class"], steps: [{ en: "Say hello." }], pupils: { en: "Wave." } });
 * ```
 */
export const activitySchema = z.strictObject({
  title: localizedTextSchema,
  minutes: z.int().min(1).max(240).meta({ description: "Length of the activity; all activities add up to durationMinutes" }),
  grouping: z.array(groupingSchema).min(1).meta({ description: "Groupings in the order they are used, e.g. [pairs, whole-class]" }),
  steps: localizedListSchema.meta({ description: "What the teacher does and says, step by step (teacher's words in quotes)" }),
  pupils: localizedTextSchema.meta({ description: "What pupils do" }),
});

/**
 * Something the teacher prepares; `content` holds the full text of a card, story or worksheet.
 *
 * @example
 * ```ts
 * materialSchema.parse({ name: { en: "Story card" }, content: { en: "Once upon a time…" } });
 * ```
 */
export const materialSchema = z.strictObject({
  name: localizedTextSchema,
  content: localizedTextSchema.optional().meta({ description: "Full text of the card, story, worksheet or answer key (Markdown)" }),
});

/**
 * How the teacher checks that the objectives were met.
 *
 * @example
 * ```ts
 * assessmentSchema.parse({ method: { en: "Exit ticket" }, successCriteria: [{ en: "Names two helplines." }] });
 * ```
 */
export const assessmentSchema = z.strictObject({
  method: localizedTextSchema,
  successCriteria: localizedListSchema,
});

/**
 * A belief pupils or adults may hold, with the answer to give.
 *
 * @example
 * ```ts
 * misconceptionSchema.parse({ belief: { en: "Only strangers are dangerous." }, answer: { en: "Most harm comes from people a child knows." } });
 * ```
 */
export const misconceptionSchema = z.strictObject({
  belief: localizedTextSchema,
  answer: localizedTextSchema,
});

/**
 * Support and stretch tasks.
 *
 * @example
 * ```ts
 * differentiationSchema.parse({ support: [{ en: "Picture cards" }], stretch: [{ en: "Write a new scenario" }] });
 * ```
 */
export const differentiationSchema = z.strictObject({
  support: localizedListSchema,
  stretch: localizedListSchema,
});

/**
 * How sensitive a lesson is: `low` needs no special preparation, `high` needs the safeguarding lead briefed.
 *
 * @example
 * ```ts
 * sensitivitySchema.options; // ["low", "medium", "high"]
 * ```
 */
export const sensitivitySchema = z
  .enum(["low", "medium", "high"])
  .meta({ description: "low, medium or high; medium and high need full safeguarding guidance and a helpline" });

/**
 * Guidance for the teacher on keeping pupils safe during and after the lesson.
 *
 * @example
 * ```ts
 * safeguardingSchema.parse({ sensitivity: "low" });
 * ```
 */
export const safeguardingSchema = z.strictObject({
  sensitivity: sensitivitySchema,
  supervision: localizedTextSchema.optional().meta({ description: "Who leads, and whether a second adult should be present" }),
  watchFor: localizedListSchema.optional().meta({ description: "Signs to notice during and after the lesson" }),
  disclosure: localizedListSchema.optional().meta({ description: "How to respond if a pupil discloses, step by step" }),
  report: localizedTextSchema.optional().meta({ description: "Whom to tell, and what to do in an emergency" }),
  helplines: z.array(slugSchema).optional().meta({ description: "Helpline ids from the helpline registry" }),
});

/**
 * A link from the lesson to a framework item, checked against the framework registry.
 *
 * @example
 * ```ts
 * alignmentSchema.parse({ framework: "unesco-itgse-2018", code: "4.2" });
 * ```
 */
export const alignmentSchema = z.strictObject({
  framework: slugSchema.meta({ description: "Framework id, e.g. unesco-itgse-2018" }),
  code: z.string().min(1).meta({ description: "Item code in that framework, e.g. 4.2" }),
  fit: z.enum(["full", "partial"]).optional().meta({ description: "full (default) or partial" }),
  note: localizedTextSchema.optional().meta({ description: "Why the fit is partial, in our own words" }),
});

/**
 * What families receive: a letter ready to send home.
 *
 * @example
 * ```ts
 * familySchema.parse({ letter: { en: "Dear families, …" } });
 * ```
 */
export const familySchema = z.strictObject({
  letter: localizedTextSchema.meta({ description: "Letter to families: what was taught, how to continue at home, where to get advice" }),
});

/**
 * A complete lesson plan.
 *
 * @example
 * ```ts
 * lessonSchema.safeParse(JSON.parse(json)).success;
 * ```
 */
export const lessonSchema = z
  .strictObject({
    id: slugSchema.meta({ description: "Stable unique id; never reuse or rename once published" }),
    title: localizedTextSchema,
    summary: localizedTextSchema,
    ages: ageRangeSchema,
    durationMinutes: z.int().min(5).max(480).meta({ description: "Total length; equals the sum of activity minutes" }),
    locales: z.array(localeSchema).min(1).meta({ description: "Languages the lesson is complete in" }),
    topics: z.array(slugSchema).min(1).meta({ description: "Topic ids from the topic registry" }),
    objectives: z.array(objectiveSchema).min(1),
    vocabulary: z.array(vocabularySchema),
    materials: z.array(materialSchema),
    activities: z.array(activitySchema).min(1),
    differentiation: differentiationSchema.optional(),
    assessment: assessmentSchema,
    misconceptions: z.array(misconceptionSchema),
    teacherNotes: localizedTextSchema,
    safeguarding: safeguardingSchema,
    alignments: z.array(alignmentSchema),
    prerequisites: z.array(slugSchema).optional().meta({ description: "Ids of lessons to teach first" }),
    family: familySchema,
  })
  .meta({ title: "growsafe lesson", description: "A growsafe lesson plan (one YAML document per file)" });

/** A validated lesson plan. */
export type Lesson = z.infer<typeof lessonSchema>;
/** A lesson as written in a file, before validation. */
export type LessonInput = z.input<typeof lessonSchema>;
/** An assessable learning objective. */
export type Objective = z.infer<typeof objectiveSchema>;
/** A timed activity with step-by-step teacher instructions. */
export type Activity = z.infer<typeof activitySchema>;
/** A link from a lesson to a framework item. */
export type Alignment = z.infer<typeof alignmentSchema>;
/** Safeguarding guidance of a lesson. */
export type Safeguarding = z.infer<typeof safeguardingSchema>;
/** How sensitive a lesson is: low, medium or high. */
export type Sensitivity = z.infer<typeof sensitivitySchema>;
