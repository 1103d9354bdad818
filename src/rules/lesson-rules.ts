/**
 * Rules for one lesson, beyond its shape. Each rule is a small pure function
 * that reports problems by data path; the validator positions and words them.
 *
 * Rules read the raw value defensively rather than the validated lesson, so
 * that a designer sees a wrong duration even while another field has a type
 * error: every problem at once.
 */
import { closest } from "../diagnostics/suggest.js";
import type { PathSegment, RawProblem } from "../diagnostics/types.js";
import type { Registry } from "./registry.js";
import { isLocalizedText } from "../schema/localized.js";

/** Everything a lesson rule may look at. */
export interface LessonRuleContext {
  readonly registry: Registry;
  /** The file name without folders and extension, for the id check. */
  readonly basename?: string;
}

/** A rule over one lesson's raw value. */
export interface LessonRule {
  readonly name: string;
  readonly check: (lesson: LooseLesson, ctx: LessonRuleContext) => RawProblem[];
}

/** A lesson value whose fields may be missing or of any type. */
export type LooseLesson = Readonly<Record<string, unknown>>;

const isRecord = (v: unknown): v is Record<string, unknown> => v !== null && typeof v === "object" && !Array.isArray(v);
const isInt = (v: unknown): v is number => typeof v === "number" && Number.isInteger(v);
const stringsOf = (v: unknown): string[] => (Array.isArray(v) ? v.filter((x): x is string => typeof x === "string") : []);
const withSuggestion = (word: string, allowed: Iterable<string>): { suggested?: string } => {
  const s = closest(word, allowed);
  return s === undefined ? {} : { suggested: s };
};

/** Activity minutes add up to durationMinutes. */
const durationRule: LessonRule = {
  name: "duration",
  check(lesson) {
    const activities = lesson["activities"];
    const duration = lesson["durationMinutes"];
    if (!Array.isArray(activities) || !isInt(duration)) return [];
    const minutes = activities.map((a) => (isRecord(a) ? a["minutes"] : undefined));
    if (!minutes.every(isInt)) return [];
    const sum = minutes.reduce((a, b) => a + b, 0);
    return sum === duration ? [] : [{ code: "lesson/duration-mismatch", path: ["durationMinutes"], args: { sum, duration } }];
  },
};

/** Every localized text holds every declared locale, and no undeclared one. */
const localesRule: LessonRule = {
  name: "locales",
  check(lesson) {
    const locales = stringsOf(lesson["locales"]);
    if (locales.length === 0) return [];
    const list = locales.join(", ");
    const problems: RawProblem[] = [];
    const walk = (v: unknown, path: PathSegment[]): void => {
      if (isLocalizedText(v)) {
        for (const locale of locales) if (!(locale in v)) problems.push({ code: "lesson/locale-missing", path, args: { locale, locales: list } });
        for (const key of Object.keys(v)) if (!locales.includes(key)) problems.push({ code: "lesson/locale-undeclared", path: [...path, key], atKey: true, args: { locale: key, locales: list } });
        return;
      }
      if (Array.isArray(v)) v.forEach((item, i) => walk(item, [...path, i]));
      else if (isRecord(v)) for (const [k, child] of Object.entries(v)) walk(child, [...path, k]);
    };
    for (const [key, value] of Object.entries(lesson)) if (key !== "locales") walk(value, [key]);
    return problems;
  },
};

/** Topics exist, and the lesson does not start below any topic's minimum age. */
const topicsRule: LessonRule = {
  name: "topics",
  check(lesson, { registry }) {
    const problems: RawProblem[] = [];
    const ages = lesson["ages"];
    const min = isRecord(ages) && isInt(ages["min"]) ? ages["min"] : undefined;
    const topics = lesson["topics"];
    if (!Array.isArray(topics)) return [];
    topics.forEach((id, i) => {
      if (typeof id !== "string") return;
      const topic = registry.topicById.get(id);
      if (!topic) {
        problems.push({ code: "lesson/unknown-topic", path: ["topics", i], args: { topic: id, ...withSuggestion(id, registry.topicById.keys()) } });
      } else if (min !== undefined && min < topic.minAge) {
        problems.push({ code: "lesson/below-topic-min-age", path: ["ages", "min"], args: { min, topic: id, topicMin: topic.minAge } });
      }
    });
    return problems;
  },
};

/** Alignments name known frameworks and codes, at ages the item is taught. */
const alignmentsRule: LessonRule = {
  name: "alignments",
  check(lesson, { registry }) {
    const problems: RawProblem[] = [];
    const alignments = lesson["alignments"];
    const ages = lesson["ages"];
    if (!Array.isArray(alignments)) return [];
    alignments.forEach((a, i) => {
      if (!isRecord(a) || typeof a["framework"] !== "string" || typeof a["code"] !== "string") return;
      const framework = registry.frameworkById.get(a["framework"]);
      if (!framework) {
        problems.push({ code: "lesson/unknown-framework", path: ["alignments", i, "framework"], args: { framework: a["framework"], ...withSuggestion(a["framework"], registry.frameworkById.keys()) } });
        return;
      }
      const items = registry.frameworkItems.get(framework.id)!;
      const item = items.get(a["code"]);
      if (!item) {
        problems.push({ code: "lesson/unknown-framework-code", path: ["alignments", i, "code"], args: { framework: framework.id, code: a["code"], ...withSuggestion(a["code"], items.keys()) } });
        return;
      }
      // Age check: the item's age groups (or the framework's) must overlap the lesson's ages.
      // A partial fit that explains itself in a note is the honest way to align across an age boundary.
      if (a["fit"] === "partial" && a["note"] !== undefined) return;
      if (!isRecord(ages) || !isInt(ages["min"]) || !isInt(ages["max"])) return;
      const groupCodes = item.ageGroups ?? framework.ageGroups.map((g) => g.code);
      const groups = framework.ageGroups.filter((g) => groupCodes.includes(g.code));
      if (groups.length === 0) return;
      const overlaps = groups.some((g) => g.min <= (ages["max"] as number) && (ages["min"] as number) <= g.max);
      if (!overlaps) {
        problems.push({ code: "lesson/alignment-age-mismatch", path: ["alignments", i], args: { framework: framework.id, code: item.code, groups: groups.map((g) => g.code).join(", "), min: ages["min"], max: ages["max"] } });
      }
    });
    return problems;
  },
};

/** Sensitive lessons carry full safeguarding guidance and a helpline; helplines exist. */
const safeguardingRule: LessonRule = {
  name: "safeguarding",
  check(lesson, { registry }) {
    const s = lesson["safeguarding"];
    if (!isRecord(s)) return [];
    const problems: RawProblem[] = [];
    const helplines = s["helplines"];
    if (Array.isArray(helplines)) {
      helplines.forEach((id, i) => {
        if (typeof id === "string" && !registry.helplineById.has(id)) {
          problems.push({ code: "lesson/unknown-helpline", path: ["safeguarding", "helplines", i], args: { helpline: id, ...withSuggestion(id, registry.helplineById.keys()) } });
        }
      });
    }
    const sensitivity = s["sensitivity"];
    if (sensitivity !== "medium" && sensitivity !== "high") return problems;
    for (const field of ["supervision", "watchFor", "disclosure", "report"]) {
      if (s[field] === undefined) problems.push({ code: "lesson/safeguarding-incomplete", path: ["safeguarding"], args: { sensitivity, field } });
    }
    if (!Array.isArray(helplines) || helplines.length === 0) problems.push({ code: "lesson/safeguarding-no-helpline", path: ["safeguarding"], args: { sensitivity } });
    return problems;
  },
};

/** The file is named after the lesson id. */
const filenameRule: LessonRule = {
  name: "filename",
  check(lesson, { basename }) {
    const id = lesson["id"];
    if (basename === undefined || typeof id !== "string" || id === basename) return [];
    return [{ code: "lesson/id-filename-mismatch", path: ["id"], args: { id, name: basename } }];
  },
};

/** Between 2 and 5 objectives, so that each can be assessed in one lesson. */
const objectivesRule: LessonRule = {
  name: "objectives",
  check(lesson) {
    const objectives = lesson["objectives"];
    if (!Array.isArray(objectives) || objectives.length === 0) return [];
    return objectives.length >= 2 && objectives.length <= 5 ? [] : [{ code: "lesson/objective-count", path: ["objectives"], args: { count: objectives.length } }];
  },
};

/** The rules for one lesson, in the order they run. */
export const lessonRules: readonly LessonRule[] = [durationRule, localesRule, topicsRule, alignmentsRule, safeguardingRule, filenameRule, objectivesRule];
