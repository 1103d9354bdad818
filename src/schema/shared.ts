/**
 * Building blocks shared by every schema: slugs, locales and localized text.
 *
 * Every piece of text that a pupil, teacher or parent reads is a map from a
 * locale tag to a string. The schema accepts any locale; whether a lesson is
 * complete in the locales it declares is a rule of its own (see rules/), so
 * that a designer sees every missing translation at once rather than the
 * first type error.
 */
import { z } from "zod";

/**
 * A stable, lowercase kebab-case identifier, such as `my-body-belongs-to-me`.
 *
 * @example
 * ```ts
 * slugSchema.safeParse("my-body-belongs-to-me").success; // true
 * ```
 */
export const slugSchema = z
  .string()
  .regex(/^[a-z0-9]+(?:[-.][a-z0-9]+)*$/, "must be a lowercase kebab-case identifier, such as my-body-belongs-to-me")
  .meta({ description: "A stable lowercase kebab-case identifier" });

/**
 * A BCP 47 language tag limited to language and optional region: `en`, `fr`, `fr-BE`.
 *
 * @example
 * ```ts
 * localeSchema.safeParse("fr-BE").success; // true
 * ```
 */
export const localeSchema = z
  .string()
  .regex(/^[a-z]{2,3}(?:-[A-Z]{2})?$/, "must be a language tag such as en, fr or fr-BE")
  .meta({ description: "A language tag: en, fr, nl, fr-BE…" });

/**
 * Text in one or more locales: `{ en: "…", fr: "…" }`.
 *
 * @example
 * ```ts
 * localizedTextSchema.parse({ en: "Hello", fr: "Bonjour" });
 * ```
 */
export const localizedTextSchema = z
  .record(localeSchema, z.string().trim().min(1, "must not be empty"))
  .meta({ description: "Text in each locale the lesson declares, for example { en: \"…\", fr: \"…\" }" });

/**
 * A list of localized texts, for steps, criteria and signs to notice.
 *
 * @example
 * ```ts
 * localizedListSchema.parse([{ en: "Step one" }, { en: "Step two" }]);
 * ```
 */
export const localizedListSchema = z.array(localizedTextSchema).min(1);

/**
 * Whole years of age, from 0 to 25.
 *
 * @example
 * ```ts
 * ageSchema.parse(10);
 * ```
 */
export const ageSchema = z.int().min(0).max(25);

/**
 * An inclusive age range in whole years.
 *
 * @example
 * ```ts
 * ageRangeSchema.safeParse({ min: 12, max: 10 }).success; // false
 * ```
 */
export const ageRangeSchema = z
  .strictObject({
    min: ageSchema.meta({ description: "Youngest age, in whole years, inclusive" }),
    max: ageSchema.meta({ description: "Oldest age, in whole years, inclusive" }),
  })
  .refine((r) => r.min <= r.max, { message: "ages.min must not be above ages.max", path: ["max"] })
  .meta({ description: "Inclusive age range in whole years" });

/**
 * ISO 3166-1 alpha-2 country code, or `INT` for services that work across borders.
 *
 * @example
 * ```ts
 * countrySchema.safeParse("BE").success; // true
 * ```
 */
export const countrySchema = z
  .string()
  .regex(/^(?:[A-Z]{2}|INT)$/, "must be an ISO country code such as BE, or INT")
  .meta({ description: "ISO 3166-1 alpha-2 country code, or INT" });

/** A stable lowercase kebab-case identifier. */
export type Slug = z.infer<typeof slugSchema>;
/** A language tag such as en, fr or fr-BE. */
export type Locale = z.infer<typeof localeSchema>;
/** Text keyed by locale tag. */
export type LocalizedText = z.infer<typeof localizedTextSchema>;
/** An inclusive age range in whole years. */
export type AgeRange = z.infer<typeof ageRangeSchema>;
