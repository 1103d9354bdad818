/**
 * Lesson text is data, never markup. Plain fields (titles, names, terms) are
 * escaped for their output; fields documented as Markdown (steps, materials,
 * notes, letters) are rendered by markdown-it with raw HTML turned off, so a
 * `<script>` in a lesson is shown as text, never run.
 */
import MarkdownIt from "markdown-it";

const md = new MarkdownIt({ html: false, linkify: false, typographer: false });
// Links stay text-safe: only http(s) and mailto survive markdown-it's own validation.
md.validateLink = (url: string): boolean => /^(https?:|mailto:)/i.test(url.trim());

/** Escapes text for HTML element content and attribute values. */
export function escapeHtml(text: string): string {
  return text.replace(/&/g, "&amp;").replace(/</g, "&lt;").replace(/>/g, "&gt;").replace(/"/g, "&quot;").replace(/'/g, "&#39;");
}

/** Escapes text for XML element content and attribute values. */
export function escapeXml(text: string): string {
  return text.replace(/&/g, "&amp;").replace(/</g, "&lt;").replace(/>/g, "&gt;").replace(/"/g, "&quot;").replace(/'/g, "&apos;");
}

/** Escapes plain text so that Markdown shows it literally (no emphasis, links, headings or HTML). */
export function escapeMarkdown(text: string): string {
  return text
    .replace(/&/g, "&amp;")
    .replace(/[\\`*_{}[\]()#+\-.!|>~]/g, (c) => `\\${c}`)
    .replace(/</g, "&lt;")
    .replace(/\r?\n/g, " ");
}

/** Renders a Markdown field to safe HTML (raw HTML is escaped, not passed through). */
export function markdownToHtml(text: string): string {
  return md.render(text);
}

/** Renders a short Markdown field inline (no wrapping paragraph). */
export function markdownInline(text: string): string {
  return md.renderInline(text);
}

/** A Markdown field for a Markdown document: kept as Markdown, with raw HTML neutralised. */
export function markdownSafe(text: string): string {
  return text.replace(/</g, "&lt;");
}
