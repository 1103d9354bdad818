/**
 * The growsafe command line. `run()` is a plain function of its arguments
 * and streams, so tests call it in-process; src/cli.ts is the executable shim.
 *
 * Exit codes: 0 success, 1 content errors (validation failed), 2 usage or I/O error.
 */
import { readFile, writeFile, mkdir, rename } from "node:fs/promises";
import { existsSync } from "node:fs";
import path from "node:path";
import { fileURLToPath } from "node:url";
import { parseArgs, type ParseArgsConfig } from "node:util";
import pc from "picocolors";
import { parse as parseYaml } from "yaml";
import { messageLocales, type MessageLocale } from "../diagnostics/messages.js";
import type { SeveritySetting } from "../diagnostics/types.js";
import { formatGithub, formatJson, formatPretty, noColor, type Palette } from "../report/reporters.js";
import { coverage, findLessons, getLesson, learningPath, listSchoolSystems, listTopics, resolveGrade } from "../query/bundled-api.js";
import { QueryError, type LessonQuery } from "../query/curriculum.js";
import type { Sensitivity } from "../schema/lesson.js";
import type { StrandId } from "../schema/registries.js";
import { validateCurriculum } from "../node/curriculum.js";
import { PathError } from "../node/files.js";
import { validateFiles } from "../node/validate-files.js";
import { starterLesson } from "./starter.js";
import { buildSite, exportLessons, type WriteResult } from "../node/export.js";
import { exportFormatNames, type ExportFormat } from "../export/formats.js";
import { renderLesson, renderTable } from "./render.js";

/** Where the CLI writes, and what it knows of its environment. */
export interface CliIo {
  readonly stdout: (text: string) => void;
  readonly stderr: (text: string) => void;
  readonly cwd: string;
  readonly env: Readonly<Record<string, string | undefined>>;
  /** Whether stdout is a terminal (colour is only used on one). */
  readonly isTTY: boolean;
}

/** Exit codes and their meaning. */
export const exitCodes = { ok: 0, contentErrors: 1, usage: 2 } as const;

class UsageError extends Error {}

const HELP = `growsafe — typed, validated lesson plans for media literacy and relationships and sexuality education

Usage:
  growsafe validate [paths...]    Check lesson files and folders (the bundled curriculum when no path is given)
  growsafe query [filters]        Find bundled lessons
  growsafe show <id>              Show one lesson
  growsafe grades [system]        List school systems and grades
  growsafe topics                 List topic ids with their strand, minimum age and lesson count
  growsafe path --topic T|--strand S [--from N] [--to N]
                                  Lessons of a topic across the years, prerequisites first
  growsafe coverage --framework F [--kind K]
                                  Which framework items and age groups have lessons, and the gaps
  growsafe new lesson <file>      Write a commented starter lesson that passes validation
  growsafe export --format <f> --out <dir> [paths...]
                                  Export lessons: md, html, lrmi, cc (Common Cartridge 1.1), case
  growsafe site --out <dir> [paths...]
                                  Build the static catalog site (filters, printable lessons, coverage)

validate options:
  --format pretty|json|github     Output format (default: pretty)
  --strict                        Treat warnings as errors
  --with-bundled                  Check with the bundled lessons (prerequisites may point at them)
  --config <file>                 Rule severities (default: growsafe.config.yaml or .json in the current folder)
  --max-size <bytes>              Largest file accepted (default: 1000000)

query options:
  --age <n> | --age <min-max>     Pupils' age, or a class's age range
  --grade <system:code>           A grade, e.g. be-fwb:P6, fr:6e, gb-eng:Y6, us:5
  --topic <id>                    A topic (repeat for any of several)
  --all-topics                    With several --topic: lessons on all of them
  --strand <id>                   media-literacy, relationships-sexuality or online-safety
  --framework <id> --code <code>  A framework item, e.g. --framework unesco-itgse-2018 --code 4.3
  --max-duration <minutes>        Longest lesson
  --text <words>                  Words in titles, summaries, objectives, vocabulary
  --max-sensitivity <level>       low, medium or high
  --limit <n> --offset <n>        Paging

Common options:
  --locale en|fr                  Language of messages and lesson text (default: en)
  --json                          Machine-readable output
  -h, --help                      Show this help
  -v, --version                   Show the version

Exit codes: 0 ok, 1 content errors, 2 usage or I/O error.
`;

const options = {
  help: { type: "boolean", short: "h" },
  version: { type: "boolean", short: "v" },
  json: { type: "boolean" },
  format: { type: "string" },
  strict: { type: "boolean" },
  "with-bundled": { type: "boolean" },
  config: { type: "string" },
  "max-size": { type: "string" },
  locale: { type: "string" },
  age: { type: "string" },
  grade: { type: "string" },
  topic: { type: "string", multiple: true },
  "all-topics": { type: "boolean" },
  strand: { type: "string" },
  framework: { type: "string" },
  code: { type: "string" },
  "max-duration": { type: "string" },
  text: { type: "string" },
  "max-sensitivity": { type: "string" },
  limit: { type: "string" },
  offset: { type: "string" },
  force: { type: "boolean" },
  from: { type: "string" },
  to: { type: "string" },
  kind: { type: "string", multiple: true },
  out: { type: "string" },
} as const satisfies ParseArgsConfig["options"];

type Values = ReturnType<typeof parseArgs<{ options: typeof options; allowPositionals: true; strict: true }>>["values"];

const int = (name: string, v: string | undefined): number | undefined => {
  if (v === undefined) return undefined;
  if (!/^\d+$/.test(v)) throw new UsageError(`--${name} takes a whole number, not "${v}"`);
  return Number(v);
};

function localeOf(values: Values): MessageLocale {
  const l = values.locale ?? "en";
  if (!(messageLocales as readonly string[]).includes(l)) throw new UsageError(`--locale must be one of ${messageLocales.join(", ")}`);
  return l as MessageLocale;
}

/** The bundled curriculum folder, next to dist/ in the installed package. */
export function bundledCurriculumDir(): string {
  const here = path.dirname(fileURLToPath(import.meta.url));
  for (const candidate of [path.resolve(here, "../curriculum"), path.resolve(here, "../../curriculum")]) {
    if (existsSync(path.join(candidate, "topics.yaml"))) return candidate;
  }
  return path.resolve(here, "../curriculum");
}

interface ProjectConfig {
  rules?: Record<string, SeveritySetting>;
  strict?: boolean;
  maxFileSize?: number;
}

async function loadConfig(values: Values, cwd: string): Promise<ProjectConfig> {
  const named = values.config;
  const candidates = named ? [path.resolve(cwd, named)] : ["growsafe.config.yaml", "growsafe.config.yml", "growsafe.config.json"].map((f) => path.join(cwd, f));
  for (const file of candidates) {
    if (!existsSync(file)) {
      if (named) throw new UsageError(`config file not found: ${named}`);
      continue;
    }
    let data: unknown;
    try {
      data = parseYaml(await readFile(file, "utf8"));
    } catch (error) {
      throw new UsageError(`cannot read config ${file}: ${(error as Error).message}`);
    }
    const cfg = (data ?? {}) as ProjectConfig;
    const allowed = new Set(["off", "info", "warning", "error"]);
    for (const [code, sev] of Object.entries(cfg.rules ?? {})) {
      if (!allowed.has(sev)) throw new UsageError(`config ${file}: rule ${code} has severity "${sev}"; use off, info, warning or error`);
    }
    return cfg;
  }
  return {};
}

async function validateCommand(paths: string[], values: Values, io: CliIo): Promise<number> {
  const locale = localeOf(values);
  const format = values.format ?? (values.json ? "json" : "pretty");
  if (!["pretty", "json", "github"].includes(format)) throw new UsageError(`--format must be pretty, json or github`);
  const config = await loadConfig(values, io.cwd);
  const opts = {
    locale,
    strict: values.strict ?? config.strict ?? false,
    ...(config.rules ? { rules: config.rules } : {}),
    maxFileSize: int("max-size", values["max-size"]) ?? config.maxFileSize ?? 1_000_000,
  };
  const result = paths.length === 0
    ? await validateCurriculum(bundledCurriculumDir(), opts)
    : await validateFiles(paths.map((p) => path.resolve(io.cwd, p)), { ...opts, withBundled: values["with-bundled"] ?? false });
  // Show paths as the user would type them.
  const rel = (f: string): string => path.relative(io.cwd, f) || f;
  const diagnostics = result.diagnostics.map((d) => ({ ...d, file: rel(d.file) }));
  const texts = new Map([...result.texts].map(([f, t]) => [rel(f), t]));
  const input = { diagnostics, files: result.files, lessons: result.lessons.length, texts };
  const color = io.isTTY && !io.env["NO_COLOR"] && format === "pretty";
  const palette: Palette = color ? pc.createColors(true) : noColor;
  io.stdout(format === "json" ? formatJson(input) : format === "github" ? formatGithub(input) : formatPretty(input, palette));
  return result.errorCount > 0 ? exitCodes.contentErrors : exitCodes.ok;
}

function queryOf(values: Values): LessonQuery {
  const q: { -readonly [K in keyof LessonQuery]: LessonQuery[K] } = {};
  if (values.age !== undefined) {
    const m = /^(\d+)(?:-(\d+))?$/.exec(values.age);
    if (!m) throw new UsageError(`--age takes a number or a range like 10-11, not "${values.age}"`);
    q.age = m[2] === undefined ? Number(m[1]) : { min: Number(m[1]), max: Number(m[2]) };
  }
  if (values.grade !== undefined) {
    if (!values.grade.includes(":")) throw new UsageError(`--grade takes system:code, e.g. be-fwb:P6`);
    q.grade = values.grade;
  }
  if (values.topic) {
    if (values["all-topics"]) q.allTopics = values.topic;
    else q.topics = values.topic;
  }
  if (values.strand) {
    if (!["media-literacy", "relationships-sexuality", "online-safety"].includes(values.strand)) throw new UsageError(`--strand must be media-literacy, relationships-sexuality or online-safety`);
    q.strand = values.strand as StrandId;
  }
  if (values.framework || values.code) {
    if (!values.framework || !values.code) throw new UsageError(`--framework and --code go together`);
    q.alignment = { framework: values.framework, code: values.code };
  }
  const maxDuration = int("max-duration", values["max-duration"]);
  if (maxDuration !== undefined) q.maxDuration = maxDuration;
  if (values.locale) q.locale = values.locale;
  if (values.text) q.text = values.text;
  if (values["max-sensitivity"]) {
    if (!["low", "medium", "high"].includes(values["max-sensitivity"])) throw new UsageError(`--max-sensitivity must be low, medium or high`);
    q.maxSensitivity = values["max-sensitivity"] as Sensitivity;
  }
  const limit = int("limit", values.limit);
  if (limit !== undefined) q.limit = limit;
  const offset = int("offset", values.offset);
  if (offset !== undefined) q.offset = offset;
  return q;
}

function queryCommand(values: Values, io: CliIo): number {
  const query = queryOf(values);
  const found = findLessons(query);
  if (values.json) {
    io.stdout(JSON.stringify({ count: found.length, lessons: found }, null, 2) + "\n");
    return exitCodes.ok;
  }
  const fr = (values.locale ?? "en") === "fr";
  if (found.length === 0) {
    io.stdout(fr ? "Aucune leçon ne correspond.\n" : "No lessons match.\n");
    return exitCodes.ok;
  }
  const header = fr ? ["id", "âges", "min", "sensibilité", "titre"] : ["id", "ages", "min", "sensitivity", "title"];
  io.stdout(renderTable(header, found.map((l) => [l.id, `${l.ages.min}–${l.ages.max}`, String(l.durationMinutes), l.sensitivity, l.title])));
  io.stdout(fr ? `\n${found.length} leçon(s).\n` : `\n${found.length} lesson(s).\n`);
  return exitCodes.ok;
}

function showCommand(positionals: string[], values: Values, io: CliIo): number {
  const id = positionals[0];
  if (!id) throw new UsageError("show needs a lesson id, e.g. growsafe show my-body-belongs-to-me");
  const locale = values.locale ?? "en";
  const lesson = getLesson(id, { locale });
  if (!lesson) {
    io.stderr(`growsafe: no bundled lesson "${id}" in locale ${locale}. Try: growsafe query\n`);
    return exitCodes.usage;
  }
  io.stdout(values.json ? JSON.stringify(lesson, null, 2) + "\n" : renderLesson(lesson, locale));
  return exitCodes.ok;
}

function gradesCommand(positionals: string[], values: Values, io: CliIo): number {
  const systems = listSchoolSystems();
  const id = positionals[0];
  const chosen = id ? systems.filter((s) => s.id === id.toLowerCase()) : systems;
  if (id && chosen.length === 0) throw new UsageError(`unknown school system "${id}"; known: ${systems.map((s) => s.id).join(", ")}`);
  if (values.json) {
    io.stdout(JSON.stringify(chosen.map((s) => ({ id: s.id, name: s.name, grades: s.grades.map((g) => resolveGrade(s.id, g.code)) })), null, 2) + "\n");
    return exitCodes.ok;
  }
  const locale = values.locale ?? "en";
  for (const s of chosen) {
    io.stdout(`${s.id} — ${s.name[locale] ?? s.name["en"]}\n`);
    io.stdout(renderTable(["code", "name", "gloss", "ages", "isced"], s.grades.map((g) => [g.code, g.name, g.gloss, `${g.ages.min}–${g.ages.max}`, String(g.isced)])) + "\n");
  }
  return exitCodes.ok;
}

function topicsCommand(values: Values, io: CliIo): number {
  const topics = listTopics();
  if (values.json) {
    io.stdout(JSON.stringify(topics, null, 2) + "\n");
    return exitCodes.ok;
  }
  const locale = values.locale ?? "en";
  io.stdout(renderTable(["id", "strand", "min age", "lessons", "name"], topics.map((t) => [t.id, t.strand, String(t.minAge), String(t.lessonCount), t.name[locale] ?? t.name["en"] ?? t.id])));
  return exitCodes.ok;
}

function pathCommand(values: Values, io: CliIo): number {
  if (!values.topic?.length && !values.strand) throw new UsageError("path needs --topic <id> or --strand <id>");
  const strand = values.strand;
  if (strand && !["media-literacy", "relationships-sexuality", "online-safety"].includes(strand)) throw new UsageError("--strand must be media-literacy, relationships-sexuality or online-safety");
  const from = int("from", values.from);
  const to = int("to", values.to);
  const lessons = learningPath({
    ...(values.topic?.[0] ? { topic: values.topic[0] } : {}),
    ...(strand ? { strand: strand as StrandId } : {}),
    ...(from === undefined ? {} : { fromAge: from }),
    ...(to === undefined ? {} : { toAge: to }),
  });
  const locale = values.locale ?? "en";
  if (values.json) {
    io.stdout(JSON.stringify({ count: lessons.length, lessons: lessons.map((l) => ({ id: l.id, ages: l.ages, title: l.title[locale] ?? l.title["en"], prerequisites: l.prerequisites ?? [] })) }, null, 2) + "\n");
    return exitCodes.ok;
  }
  io.stdout(renderTable(["#", "ages", "id", "title"], lessons.map((l, i) => [String(i + 1), `${l.ages.min}–${l.ages.max}`, l.id, l.title[locale] ?? l.title["en"] ?? ""])));
  return exitCodes.ok;
}

function coverageCommand(values: Values, io: CliIo): number {
  if (!values.framework) throw new UsageError("coverage needs --framework <id>, e.g. --framework unesco-itgse-2018");
  const report = coverage({ framework: values.framework, locale: values.locale ?? "en", ...(values.kind ? { kinds: values.kind } : {}) });
  if (values.json) {
    io.stdout(JSON.stringify(report, null, 2) + "\n");
    return exitCodes.ok;
  }
  const header = ["code", "name", ...report.ageGroups];
  const rows = report.items.map((row) => [row.code, row.name.length > 48 ? `${row.name.slice(0, 47)}…` : row.name, ...report.ageGroups.map((g) => {
    const cell = row.cells.find((c) => c.ageGroup === g);
    return cell === undefined ? "" : cell.lessons.length === 0 ? "·" : String(cell.lessons.length);
  })]);
  io.stdout(renderTable(header, rows));
  io.stdout(`\n${report.gaps.length} gap(s); ${Math.round(report.ratio * 100)}% of item × age-group cells covered. (· = no lesson; blank = not taught at that age)\n`);
  return exitCodes.ok;
}

async function reportWrite(result: WriteResult, values: Values, io: CliIo): Promise<number> {
  if (!result.ok) {
    const rel = (f: string): string => path.relative(io.cwd, f) || f;
    const diagnostics = result.validation.diagnostics.map((d) => ({ ...d, file: rel(d.file) }));
    io.stderr(formatPretty({ diagnostics, files: result.validation.files, lessons: result.validation.lessons.length, texts: new Map([...result.validation.texts].map(([f, t]) => [rel(f), t])) }));
    io.stderr("growsafe: the lessons have errors; nothing was written.\n");
    return exitCodes.contentErrors;
  }
  io.stdout(values.json ? JSON.stringify(result, null, 2) + "\n" : `Wrote ${result.files.length} file(s) for ${result.lessons} lesson(s) to ${result.out}\n`);
  return exitCodes.ok;
}

async function exportCommand(paths: string[], values: Values, io: CliIo): Promise<number> {
  const format = values.format;
  if (!format || !(exportFormatNames as readonly string[]).includes(format)) throw new UsageError(`--format must be one of ${exportFormatNames.join(", ")}`);
  if (!values.out) throw new UsageError("export needs --out <dir>");
  const result = await exportLessons({ format: format as ExportFormat, out: path.resolve(io.cwd, values.out), paths: paths.map((p) => path.resolve(io.cwd, p)), withBundled: values["with-bundled"] ?? false });
  return reportWrite(result, values, io);
}

async function siteCommand(paths: string[], values: Values, io: CliIo): Promise<number> {
  if (!values.out) throw new UsageError("site needs --out <dir>");
  const result = await buildSite({ out: path.resolve(io.cwd, values.out), paths: paths.map((p) => path.resolve(io.cwd, p)), withBundled: values["with-bundled"] ?? false, ...(values.locale ? { locale: values.locale } : {}) });
  return reportWrite(result, values, io);
}

async function newCommand(positionals: string[], values: Values, io: CliIo): Promise<number> {
  const [kind, file] = positionals;
  if (kind !== "lesson" || !file) throw new UsageError("usage: growsafe new lesson <file.yaml>");
  const target = path.resolve(io.cwd, file);
  if (existsSync(target) && !values.force) {
    io.stderr(`growsafe: ${file} already exists (use --force to overwrite)\n`);
    return exitCodes.usage;
  }
  const id = path.basename(target).replace(/\.ya?ml$/i, "").toLowerCase().replace(/[^a-z0-9]+/g, "-").replace(/^-|-$/g, "") || "my-lesson";
  await mkdir(path.dirname(target), { recursive: true });
  // Write next to the target, then move into place: never a half-written file.
  const schema = path.relative(path.dirname(target), path.join(bundledCurriculumDir(), "..", "schemas", "lesson.schema.json")).split(path.sep).join("/");
  await writeFile(`${target}.tmp`, starterLesson(id, schema));
  await rename(`${target}.tmp`, target);
  io.stdout(`Wrote ${file}. Check it with: growsafe validate ${file}\n`);
  return exitCodes.ok;
}

/**
 * Runs the CLI with the given arguments and returns the exit code.
 *
 * @example
 * ```ts
 * const code = await run(["validate", "lessons/"], { stdout: (s) => process.stdout.write(s), stderr: (s) => process.stderr.write(s), cwd: process.cwd(), env: process.env, isTTY: false });
 * ```
 */
export async function run(argv: readonly string[], io: CliIo, version = "0.0.0"): Promise<number> {
  try {
    const { values, positionals } = parseArgs({ args: [...argv], options, allowPositionals: true, strict: true });
    if (values.version) {
      io.stdout(`${version}\n`);
      return exitCodes.ok;
    }
    const [command, ...rest] = positionals;
    if (values.help || command === undefined || command === "help") {
      io.stdout(HELP);
      return command === undefined && !values.help ? exitCodes.usage : exitCodes.ok;
    }
    switch (command) {
      case "validate": return await validateCommand(rest, values, io);
      case "query": return queryCommand(values, io);
      case "show": return showCommand(rest, values, io);
      case "grades": return gradesCommand(rest, values, io);
      case "new": return await newCommand(rest, values, io);
      case "path": return pathCommand(values, io);
      case "topics": return topicsCommand(values, io);
      case "coverage": return coverageCommand(values, io);
      case "export": return await exportCommand(rest, values, io);
      case "site": return await siteCommand(rest, values, io);
      default: throw new UsageError(`unknown command "${command}". Run growsafe --help`);
    }
  } catch (error) {
    if (error instanceof UsageError || error instanceof PathError || error instanceof QueryError) {
      io.stderr(`growsafe: ${error.message}\n`);
      return exitCodes.usage;
    }
    // parseArgs reports unknown options with a code; treat them as usage errors.
    const code = (error as { code?: string }).code;
    if (typeof code === "string" && code.startsWith("ERR_PARSE_ARGS")) {
      io.stderr(`growsafe: ${(error as Error).message}\n`);
      return exitCodes.usage;
    }
    io.stderr(`growsafe: unexpected error: ${(error as Error).message}\n`);
    return exitCodes.usage;
  }
}
