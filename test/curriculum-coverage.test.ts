import { describe, expect, it } from "vitest";
import { bundledRegistry, coverage, findLessons, lessons } from "../src/index.js";
import type { Lesson } from "../src/index.js";

// The coverage the curriculum promises teachers, checked against the bundled lessons.
const overlaps = (l: Lesson, min: number, max: number): boolean => l.ages.min <= max && min <= l.ages.max;
const inBand = (min: number, max: number): Lesson[] => lessons.filter((l) => overlaps(l, min, max) && l.ages.min <= max);
const hasTopic = (ls: Lesson[], topic: string): boolean => ls.some((l) => l.topics.includes(topic));
const alignedTo = (ls: Lesson[], code: string): boolean =>
  ls.some((l) => l.alignments.some((a) => a.framework === "unesco-itgse-2018" && (a.code === code || a.code.startsWith(`${code}.`))));
const itgse = coverage({ framework: "unesco-itgse-2018" });
const itgseTopics = (concept: string): string[] => itgse.items.filter((i) => i.parent === concept).map((i) => i.code);
const mediaLiteracySix = ["media-balance", "privacy-and-security", "digital-footprint", "online-communication", "cyberbullying-and-hate", "news-and-advertising"];

describe("primary curriculum (ages 3 to 11)", () => {
  const primary = lessons.filter((l) => l.ages.min <= 11);

  it("has at least 45 lessons, each complete in English and French", () => {
    expect(primary.length).toBeGreaterThanOrEqual(45);
    for (const l of primary) expect(l.locales).toEqual(expect.arrayContaining(["en", "fr"]));
  });

  it("ages 3–5: at least 8 lessons covering the early-years essentials", () => {
    const early = inBand(3, 5);
    expect(early.length).toBeGreaterThanOrEqual(8);
    for (const topic of ["body-parts-and-names", "body-autonomy-and-consent", "feelings-and-emotions", "trusted-adults-and-help", "secrets-and-surprises", "families", "media-balance", "news-and-advertising", "pictures-and-permission"]) {
      expect(hasTopic(early, topic), topic).toBe(true);
    }
  });

  it("ages 5–8: every ITGSE key concept, topics 4.1, 4.2, 4.3, 5.5, 6.1, and the six media-literacy topics", () => {
    const band = inBand(5, 8);
    for (const concept of ["1", "2", "3", "4", "5", "6", "7", "8"]) expect(alignedTo(band, concept), `key concept ${concept}`).toBe(true);
    for (const code of ["4.1", "4.2", "4.3", "5.5", "6.1"]) expect(alignedTo(band, code), code).toBe(true);
    for (const topic of mediaLiteracySix) expect(hasTopic(band, topic), topic).toBe(true);
  });

  it("ages 9–11: every topic of ITGSE key concepts 3–6, concepts 1, 2, 7, 8, the media-literacy six and the online-safety spine", () => {
    const band = inBand(9, 11);
    for (const code of ["3", "4", "5", "6"].flatMap(itgseTopics)) expect(alignedTo(band, code), code).toBe(true);
    for (const concept of ["1", "2", "7", "8"]) expect(alignedTo(band, concept), `key concept ${concept}`).toBe(true);
    for (const topic of mediaLiteracySix) expect(hasTopic(band, topic), topic).toBe(true);
    for (const topic of ["personal-information", "digital-footprint", "people-online-who-pretend", "age-limits", "grooming", "nudes-and-image-requests", "sexual-content-exposure", "blocking-and-reporting", "cyberbullying-and-hate"]) {
      expect(hasTopic(band, topic), topic).toBe(true);
    }
  });

  it("gives a French-speaking teacher at least three lessons for every age from 3 to 11", () => {
    for (let age = 3; age <= 11; age++) expect(findLessons({ age, locale: "fr" }).length, `age ${age}`).toBeGreaterThanOrEqual(3);
  });
});

describe("secondary curriculum (ages 12 to 18)", () => {
  const secondary = lessons.filter((l) => l.ages.min >= 12);
  const strandOf = (topic: string): string | undefined => bundledRegistry.topicById.get(topic)?.strand;
  it("has at least 45 lessons, each complete in English and French", () => {
    expect(secondary.length).toBeGreaterThanOrEqual(45);
    for (const l of secondary) expect(l.locales).toEqual(expect.arrayContaining(["en", "fr"]));
  });

  it("covers every ITGSE topic at 12–15 or 15–18, and key concepts 4 and 5 in both", () => {
    const young = secondary.filter((l) => overlaps(l, 12, 15));
    const old = secondary.filter((l) => overlaps(l, 15, 18));
    for (const code of ["1", "2", "3", "4", "5", "6", "7", "8"].flatMap(itgseTopics)) expect(alignedTo(secondary, code), code).toBe(true);
    for (const code of ["4", "5"].flatMap(itgseTopics)) {
      expect(alignedTo(young, code), `${code} at 12–15`).toBe(true);
      expect(alignedTo(old, code), `${code} at 15–18`).toBe(true);
    }
  });

  it("has the online-exploitation spine and the media-literacy topics", () => {
    for (const topic of ["grooming", "nudes-and-image-requests", "image-based-abuse", "sextortion", "online-sexual-harassment", "pornography", "deepfakes-and-ai-images", "ai-companions", "controlling-relationships", "blocking-and-reporting",
      "disinformation", "advertising-and-influencers", "algorithms-and-data", "digital-footprint", "media-representation", "hate-speech"]) {
      expect(hasTopic(secondary, topic), topic).toBe(true);
    }
  });

  it("has a lesson in each school year from 12 to 17 in each of the three strands", () => {
    for (let age = 12; age <= 17; age++) {
      for (const strand of ["media-literacy", "relationships-sexuality", "online-safety"]) {
        const found = secondary.some((l) => l.ages.min <= age && age <= l.ages.max && l.topics.some((t) => strandOf(t) === strand));
        expect(found, `${strand} at ${age}`).toBe(true);
      }
    }
  });

  it("gives a French-speaking secondary teacher a lesson on every spine topic for every age from 12 (or the topic's minimum age) to 17", () => {
    const spine = ["grooming", "nudes-and-image-requests", "image-based-abuse", "sextortion", "online-sexual-harassment", "pornography", "deepfakes-and-ai-images", "ai-companions", "controlling-relationships", "blocking-and-reporting"];
    for (const topic of spine) {
      for (let age = Math.max(12, bundledRegistry.topicById.get(topic)!.minAge); age <= 17; age++) {
        expect(findLessons({ age, topics: [topic], locale: "fr" }).length, `${topic} at ${age}`).toBeGreaterThan(0);
      }
    }
  });
});
