import { readdirSync, readFileSync } from "node:fs";
import path from "node:path";
import { Ajv } from "ajv";
import fc from "fast-check";
import { parse } from "yaml";
import { describe, expect, it } from "vitest";
import { bundledRegistry, lessons, lessonSchema, validateText } from "../src/index.js";
import { validText } from "./helpers.js";

const root = path.resolve(import.meta.dirname, "..");
const lessonDir = path.join(root, "curriculum/lessons");
const lessonFiles = readdirSync(lessonDir).filter((f) => f.endsWith(".yaml"));
const jsonSchema = JSON.parse(readFileSync(path.join(root, "schemas/lesson.schema.json"), "utf8"));

describe("the bundled catalog", () => {
  it("holds at least the first slice of lessons, frozen", () => {
    expect(lessons.length).toBe(lessonFiles.length);
    expect(lessons.length).toBeGreaterThanOrEqual(8);
    expect(Object.isFrozen(lessons)).toBe(true);
    expect(Object.isFrozen(lessons[0]!.title)).toBe(true);
  });

  it("has every lesson complete in English and French", () => {
    for (const l of lessons) {
      expect(l.locales).toEqual(expect.arrayContaining(["en", "fr"]));
      const result = validateText(JSON.stringify(l), { filename: `${l.id}.yaml` });
      expect(result.diagnostics.filter((d) => d.code.startsWith("lesson/locale"))).toEqual([]);
    }
  });

  it("covers all three strands and ages 4 to 17", () => {
    const strands = new Set(lessons.flatMap((l) => l.topics.map((t) => bundledRegistry.topicById.get(t)!.strand)));
    expect([...strands].sort()).toEqual(["media-literacy", "online-safety", "relationships-sexuality"]);
    expect(Math.min(...lessons.map((l) => l.ages.min))).toBeLessThanOrEqual(4);
    expect(Math.max(...lessons.map((l) => l.ages.max))).toBeGreaterThanOrEqual(17);
  });

  it("gives sensitive lessons full safeguarding and helplines from the registry", () => {
    for (const l of lessons.filter((x) => x.safeguarding.sensitivity !== "low")) {
      expect(l.safeguarding.disclosure?.length, l.id).toBeGreaterThan(0);
      expect(l.safeguarding.helplines?.every((h) => bundledRegistry.helplineById.has(h)), l.id).toBe(true);
    }
  });

  it("carries the editor schema line in every lesson file", () => {
    for (const f of lessonFiles) expect(readFileSync(path.join(lessonDir, f), "utf8").split("\n")[0]).toBe("# yaml-language-server: $schema=../../schemas/lesson.schema.json");
  });
});

describe("registries", () => {
  it("lists only helplines with sources, and a phone or a web address", () => {
    for (const h of bundledRegistry.helplines) {
      expect(h.sources.length, h.id).toBeGreaterThan(0);
      expect(h.phone !== undefined || h.url !== undefined || h.kind === "reporting", h.id).toBe(true);
    }
    expect(new Set(bundledRegistry.helplines.map((h) => h.country))).toEqual(new Set(["BE", "FR", "NL", "GB", "US", "INT"]));
  });

  it("holds the 27 ITGSE topics and 21 DigComp competences", () => {
    expect(bundledRegistry.frameworkById.get("unesco-itgse-2018")!.items.filter((i) => i.kind === "topic")).toHaveLength(27);
    expect(bundledRegistry.frameworkById.get("digcomp-2-2")!.items.filter((i) => i.kind === "competence")).toHaveLength(21);
  });
});

describe("JSON Schema for editors", () => {
  const ajv = new Ajv({ strict: false, allErrors: true });
  const check = ajv.compile(jsonSchema);

  it("is draft-07 and accepts every bundled lesson and the starter", () => {
    expect(jsonSchema.$schema).toBe("http://json-schema.org/draft-07/schema#");
    for (const f of lessonFiles) expect(check(parse(readFileSync(path.join(lessonDir, f), "utf8"))), f).toBe(true);
    expect(check(parse(validText))).toBe(true);
  });

  it("never rejects what the validator accepts (random mutations of a valid lesson)", () => {
    const base = parse(validText) as Record<string, unknown>;
    const mutation = fc.record({
      duration: fc.integer({ min: 1, max: 600 }),
      minAge: fc.integer({ min: 0, max: 20 }),
      span: fc.integer({ min: 0, max: 6 }),
      grouping: fc.constantFrom("whole-class", "pairs", "individual", "small-groups", "everyone"),
      extra: fc.option(fc.constantFrom("colour", "notes"), { nil: undefined }),
    });
    fc.assert(fc.property(mutation, (m) => {
      const value = structuredClone(base) as Record<string, any>;
      value["durationMinutes"] = m.duration;
      value["ages"] = { min: m.minAge, max: m.minAge + m.span };
      value["activities"][0].grouping = [m.grouping];
      if (m.extra) value[m.extra] = "x";
      const zodOk = lessonSchema.safeParse(value).success;
      return !zodOk || check(value) === true;
    }), { numRuns: 300 });
  });
});
