import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { createCurriculum, findLessons, getLesson, gradesForAge, lessons, listSchoolSystems, listTopics, resolveGrade } from "../src/index.js";
import type { Lesson } from "../src/index.js";

describe("school systems", () => {
  it("resolves the anchor grades to the ages people there say", () => {
    expect(resolveGrade("be-fwb", "P6")?.ages).toEqual({ min: 11, max: 12 });
    expect(resolveGrade("fr", "6e")?.ages).toEqual({ min: 11, max: 12 });
    expect(resolveGrade("gb-eng", "Y6")?.ages).toEqual({ min: 10, max: 11 });
    expect(resolveGrade("us", "5")?.ages).toEqual({ min: 10, max: 11 });
  });

  it("ignores case in system and grade codes", () => {
    expect(resolveGrade("BE-FWB", "p6")?.code).toBe("P6");
    expect(resolveGrade("fr", "TLE")?.code).toBe("Tle");
    expect(resolveGrade("nowhere", "P6")).toBeUndefined();
  });

  it("lists every system the issue names, each grade with an ISCED level", () => {
    expect(listSchoolSystems().map((s) => s.id).sort()).toEqual(["be-fwb", "be-vl", "fr", "gb-eng", "isced", "nl", "us"]);
    for (const s of listSchoolSystems()) for (const g of s.grades) expect(g.isced).toBeGreaterThanOrEqual(0);
  });

  it("finds the grades for an age", () => {
    expect(gradesForAge("gb-eng", 10).map((g) => g.code)).toEqual(["Y5", "Y6"]);
  });
});

describe("findLessons", () => {
  it("never returns a lesson whose minimum age is above the requested age (every age, every grade)", () => {
    for (let age = 0; age <= 20; age++) for (const l of findLessons({ age })) expect(l.ages.min).toBeLessThanOrEqual(age);
    for (const s of listSchoolSystems()) {
      for (const g of s.grades) for (const l of findLessons({ grade: { system: s.id, grade: g.code } })) expect(l.ages.min).toBeLessThanOrEqual(g.ages.min);
    }
  });

  it("keeps the safety rule on random catalogs and random age queries", () => {
    const base = lessons[0]!;
    const arbLesson = fc.record({ min: fc.integer({ min: 3, max: 18 }), span: fc.integer({ min: 0, max: 5 }), n: fc.nat() }).map(({ min, span, n }): Lesson => ({
      ...base, id: `random-${n}-${min}-${span}`, ages: { min, max: Math.min(25, min + span) }, topics: ["media-balance"], prerequisites: [],
    }));
    fc.assert(fc.property(fc.uniqueArray(arbLesson, { selector: (l) => l.id, maxLength: 30 }), fc.integer({ min: 0, max: 20 }), fc.integer({ min: 0, max: 3 }), (catalog, age, span) => {
      const c = createCurriculum(catalog);
      for (const l of c.findLessons({ age })) if (l.ages.min > age) return false;
      for (const l of c.findLessons({ age: { min: age, max: age + span } })) if (l.ages.min > age) return false;
      return true;
    }), { numRuns: 200 });
  });

  it("returns lessons in teaching order, with limit and offset", () => {
    const all = findLessons();
    expect(all.length).toBe(lessons.length);
    const sorted = [...all].sort((a, b) => a.ages.min - b.ages.min || a.ages.max - b.ages.max || a.id.localeCompare(b.id));
    expect(all.map((l) => l.id)).toEqual(sorted.map((l) => l.id));
    expect(findLessons({ offset: 1, limit: 2 }).map((l) => l.id)).toEqual(all.slice(1, 3).map((l) => l.id));
  });

  it("filters by topic, strand, framework code (parent codes match children) and locale", () => {
    const topic = lessons[0]!.topics[0]!;
    expect(findLessons({ topics: [topic] }).every((l) => l.topics.includes(topic))).toBe(true);
    expect(findLessons({ strand: "online-safety" }).every((l) => l.strands.includes("online-safety"))).toBe(true);
    const withItgse = findLessons({ alignment: { framework: "unesco-itgse-2018", code: "4" } });
    expect(withItgse.length).toBeGreaterThan(0);
    expect(withItgse.every((l) => l.alignments.some((a) => a.framework === "unesco-itgse-2018" && a.code.startsWith("4")))).toBe(true);
    const fr = findLessons({ locale: "fr" });
    expect(fr.length).toBe(lessons.length);
    expect(fr[0]!.title).toBe(lessons.find((l) => l.id === fr[0]!.id)!.title["fr"]);
    expect(findLessons({ locale: "de" })).toEqual([]);
  });

  it("searches text without case or accents, in the chosen locale", () => {
    const lesson = getLesson("my-body-belongs-to-me");
    expect(lesson).toBeDefined();
    expect(findLessons({ text: "CORPS appartient", locale: "fr" }).map((l) => l.id)).toContain("my-body-belongs-to-me");
    expect(findLessons({ text: "zzzznotaword" })).toEqual([]);
  });

  it("returns one locale's text from getLesson", () => {
    const fr = getLesson("my-body-belongs-to-me", { locale: "fr" })!;
    expect(Object.keys(fr.title)).toEqual(["fr"]);
    expect(getLesson("my-body-belongs-to-me", { locale: "de" })).toBeUndefined();
  });

  it("counts lessons per topic", () => {
    const counts = listTopics();
    expect(counts.reduce((n, t) => n + t.lessonCount, 0)).toBe(lessons.reduce((n, l) => n + l.topics.length, 0));
  });
});

describe("createCurriculum", () => {
  it("rejects invalid lessons with every problem listed", () => {
    const bad = { ...lessons[0]!, id: "bad-one", durationMinutes: lessons[0]!.durationMinutes + 5 };
    expect(() => createCurriculum([bad])).toThrow(/duration-mismatch/);
  });

  it("merges a designer's lessons with the bundled ones, refusing id collisions", () => {
    const mine = { ...lessons[0]!, id: "my-own-lesson" };
    expect(createCurriculum([mine], { includeBundled: true }).findLessons().length).toBe(lessons.length + 1);
    expect(() => createCurriculum([lessons[0]!], { includeBundled: true })).toThrow(/duplicate-id/);
  });
});

describe("learning paths and coverage", () => {
  it("orders a path with prerequisites first and ages rising", async () => {
    const { learningPath } = await import("../src/index.js");
    const path = learningPath({ strand: "online-safety", fromAge: 3, toAge: 18 });
    expect(path.length).toBeGreaterThan(0);
    const position = new Map(path.map((l, i) => [l.id, i]));
    for (const l of path) for (const p of l.prerequisites ?? []) if (position.has(p)) expect(position.get(p)!).toBeLessThan(position.get(l.id)!);
    for (const l of path) expect(l.ages.max >= 3 && l.ages.min <= 18).toBe(true);
  });

  it("keeps a path within its ages and topic", async () => {
    const { learningPath } = await import("../src/index.js");
    const topic = lessons[0]!.topics[0]!;
    for (const l of learningPath({ topic, fromAge: 12, toAge: 14 })) {
      expect(l.topics).toContain(topic);
      expect(l.ages.max).toBeGreaterThanOrEqual(12);
      expect(l.ages.min).toBeLessThanOrEqual(14);
    }
  });

  it("reports coverage per item and age group, with the gaps", async () => {
    const { coverage } = await import("../src/index.js");
    const report = coverage({ framework: "unesco-itgse-2018", kinds: ["topic"] });
    expect(report.items).toHaveLength(27);
    expect(report.ageGroups).toEqual(["5-8", "9-12", "12-15", "15-18"]);
    const cells = report.items.flatMap((r) => r.cells);
    expect(report.gaps.length).toBe(cells.filter((c) => c.lessons.length === 0).length);
    for (const row of report.items) for (const cell of row.cells) for (const id of cell.lessons) {
      const lesson = lessons.find((l) => l.id === id)!;
      expect(lesson.alignments.some((a) => a.framework === "unesco-itgse-2018" && (a.code === row.code || a.code.startsWith(`${row.code}.`)))).toBe(true);
    }
    expect(() => coverage({ framework: "nope" })).toThrow(/Unknown framework/);
  });
});

describe("postings", () => {
  it("intersects and unites sorted lists like sets do", async () => {
    const { intersect, union } = await import("../src/query/indexes.js");
    const fc = (await import("fast-check")).default;
    const sortedSet = fc.uniqueArray(fc.integer({ min: 0, max: 300 }), { maxLength: 120 }).map((xs) => xs.sort((a, b) => a - b));
    fc.assert(fc.property(fc.array(sortedSet, { minLength: 1, maxLength: 4 }), (lists) => {
      const expectedAnd = lists[0]!.filter((x) => lists.every((l) => l.includes(x)));
      const expectedOr = [...new Set(lists.flat())].sort((a, b) => a - b);
      return JSON.stringify(intersect(lists)) === JSON.stringify(expectedAnd) && JSON.stringify(union(lists)) === JSON.stringify(expectedOr);
    }), { numRuns: 300 });
  });
});

describe("growsafe/query (the light entry)", () => {
  it("answers like the main entry, from the light index alone", async () => {
    const light = await import("../src/query.js");
    const queries = [{}, { age: 10 }, { grade: "be-fwb:P6", locale: "fr" }, { topics: ["grooming"] }, { alignment: { framework: "unesco-itgse-2018", code: "4" } }, { text: "consentement", locale: "fr" }, { strand: "media-literacy" as const, maxSensitivity: "low" as const }];
    for (const q of queries) expect(light.findLessons(q)).toEqual(findLessons(q));
    expect(light.catalog.map((e) => e.id)).toEqual(lessons.map((l) => l.id));
    expect(light.coverage({ framework: "digcomp-2-2" })).toEqual((await import("../src/index.js")).coverage({ framework: "digcomp-2-2" }));
    expect(light.learningPath({ strand: "online-safety" }).map((e) => e.id)).toEqual((await import("../src/index.js")).learningPath({ strand: "online-safety" }).map((l) => l.id));
  });
});
