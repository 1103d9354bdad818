/**
 * Writes docs/rules.md: one section per diagnostic code, with its default
 * severity, what it checks, and its message in English and French. The code
 * is the anchor, so a diagnostic can link to its rule.
 */
import { writeFile } from "node:fs/promises";
import path from "node:path";
import { ruleList } from "../src/diagnostics/rules.js";

const root = path.resolve(import.meta.dirname, "..");
const lines = [
  "# Validation rules",
  "",
  "Every problem `growsafe validate` reports has a stable code. Configure severities in `growsafe.config.yaml`:",
  "",
  "```yaml",
  "rules:",
  "  lesson/prerequisite-older: error   # off, info, warning or error",
  "  lesson/objective-count: off",
  "```",
  "",
  "`--strict` turns every warning into an error. Placeholders such as `{sum}` are filled from the problem's `args`.",
  "",
  "| code | default | checks |",
  "|---|---|---|",
  ...ruleList.map((r) => `| [\`${r.code}\`](#${r.code.replace(/[^a-z0-9-]/gi, "").toLowerCase()}) | ${r.severity} | ${r.description} |`),
  "",
  ...ruleList.flatMap((r) => [
    `## ${r.code}`,
    "",
    `Default severity: **${r.severity}**. ${r.description}`,
    "",
    `- en: ${r.en.message}${r.en.hint ? ` — *${r.en.hint}*` : ""}`,
    `- fr: ${r.fr.message}${r.fr.hint ? ` — *${r.fr.hint}*` : ""}`,
    "",
  ]),
];
await writeFile(path.join(root, "docs/rules.md"), lines.join("\n"));
process.stdout.write(`docs/rules.md: ${ruleList.length} rules\n`);
