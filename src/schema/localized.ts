/**
 * Working with localized text as data: recognising a `{ en: …, fr: … }` map,
 * picking one language, keeping one language in a whole lesson. Pure and
 * schema-free, so every stage can use it.
 */
import type { LocalizedText } from "./shared.js";

/** The shape of a locale tag used as a key: `en`, `fr`, `fr-BE`. */
const LOCALE_KEY = /^[a-z]{2,3}(?:-[A-Z]{2})?$/;

/**
 * Whether a value is localized text: a non-empty map whose keys are locale tags and values strings.
 *
 * @example
 * ```ts
 * isLocalizedText({ en: "Hi", fr: "Salut" }); // true
 * isLocalizedText({ min: 3, max: 5 });        // false
 * ```
 */
export function isLocalizedText(value: unknown): value is Record<string, string> {
  if (value === null || typeof value !== "object" || Array.isArray(value)) return false;
  const entries = Object.entries(value);
  return entries.length > 0 && entries.every(([k, v]) => LOCALE_KEY.test(k) && typeof v === "string");
}

/**
 * The text of a locale, falling back to English, then to the first there is.
 *
 * @example
 * ```ts
 * pickText({ en: "Hello", fr: "Bonjour" }, "fr"); // "Bonjour"
 * ```
 */
export function pickText(text: LocalizedText | undefined, locale: string): string {
  if (!text) return "";
  return text[locale] ?? text["en"] ?? Object.values(text)[0] ?? "";
}

/**
 * A copy of a value in which every localized text keeps only one locale
 * (texts without that locale are left whole).
 *
 * @example
 * ```ts
 * onlyLocale({ title: { en: "Hi", fr: "Salut" }, minutes: 5 }, "fr"); // { title: { fr: "Salut" }, minutes: 5 }
 * ```
 */
export function onlyLocale<T>(value: T, locale: string): T {
  if (Array.isArray(value)) return value.map((v) => onlyLocale(v, locale)) as T;
  if (value === null || typeof value !== "object") return value;
  if (isLocalizedText(value)) return (locale in value ? { [locale]: value[locale] } : value) as T;
  return Object.fromEntries(Object.entries(value).map(([k, v]) => [k, onlyLocale(v, locale)])) as T;
}
