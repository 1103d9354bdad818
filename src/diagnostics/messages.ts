/**
 * Turns a code and its arguments into words, in the reader's language.
 */
import { rulesByCode, type MessageTemplate } from "./rules.js";
import type { DiagnosticArgs } from "./types.js";

/**
 * Locales that growsafe's own messages are written in.
 *
 * @example
 * ```ts
 * messageLocales.includes("fr"); // true
 * ```
 */
export const messageLocales = ["en", "fr"] as const;

/** A locale growsafe's messages are written in. */
export type MessageLocale = (typeof messageLocales)[number];

/** Fills `{name}` placeholders; unknown placeholders stay visible so that a missing arg is noticed. */
export function interpolate(template: string, args: DiagnosticArgs): string {
  return template.replace(/\{(\w+)\}/g, (whole, name: string) => (name in args ? String(args[name]) : whole));
}

function templateFor(code: string, locale: MessageLocale): MessageTemplate {
  const meta = rulesByCode.get(code);
  if (!meta) return { message: code };
  return meta[locale] ?? meta.en;
}

/**
 * Renders the message and hint of a diagnostic code.
 *
 * @example
 * ```ts
 * renderMessage("lesson/duration-mismatch", { sum: 35, duration: 40 }, "fr").message;
 * // "Les minutes des activités font 35, mais durationMinutes vaut 40."
 * ```
 */
export function renderMessage(code: string, args: DiagnosticArgs, locale: MessageLocale = "en"): { message: string; hint?: string } {
  const t = templateFor(code, locale);
  // A hint whose placeholders are not all filled (no suggestion found) is left out.
  const filled = t.hint === undefined ? undefined : interpolate(t.hint, args).trim();
  const hint = filled === undefined || /\{\w+\}/.test(filled) ? undefined : filled;
  return hint ? { message: interpolate(t.message, args), hint } : { message: interpolate(t.message, args) };
}
