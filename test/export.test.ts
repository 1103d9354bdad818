import { execFileSync } from "node:child_process";
import { existsSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { unzipSync, strFromU8 } from "fflate";
import { parse } from "yaml";
import { afterAll, describe, expect, it } from "vitest";
import { bundledRegistry, lessons, lessonSchema, type Lesson } from "../src/index.js";
import { casePackage, cartridgeFiles, exportFiles, exportLessons, lessonLrmi, lessonMarkdown, lessonPageHtml, siteFiles, uuidV5 } from "../src/node.js";
import { validText } from "./helpers.js";

const work = mkdtempSync(path.join(tmpdir(), "growsafe-export-"));
afterAll(() => rmSync(work, { recursive: true, force: true }));

// A lesson whose text tries to be markup: it must come out as text everywhere.
const hostile: Lesson = lessonSchema.parse({
  ...parse(validText),
  id: "hostile",
  title: { en: `<script>alert("x")</script> **bold** [link](javascript:alert(1)) & "quotes" 'single' # not a heading` },
  activities: [
    { title: { en: "<img src=x onerror=alert(1)>" }, minutes: 30, grouping: ["whole-class"], steps: [{ en: `<script>steal()</script> "Say this" & <b>that</b>` }], pupils: { en: "</p><script>x()</script>" } },
  ],
});

describe("output safety: lesson text is data, never markup", () => {
  it("HTML sheets escape titles and strip raw HTML from Markdown fields", () => {
    const html = lessonPageHtml(hostile, "en", bundledRegistry);
    expect(html).not.toMatch(/<script>alert|<script>steal|<script>x\(\)|<img src=x|<b>that<\/b>|href="javascript:/);
    expect(html).toContain("&lt;script&gt;alert(&quot;x&quot;)&lt;/script&gt; **bold**");
    expect(html).toContain("&lt;script&gt;steal()&lt;/script&gt;");
    // The only scripts in a page are none: lesson sheets carry no script at all.
    expect(html.match(/<script/g)).toBeNull();
  });

  it("Markdown sheets escape plain fields and neutralise raw HTML", () => {
    const md = lessonMarkdown(hostile, "en", bundledRegistry);
    expect(md.split("\n")[0]).toBe(String.raw`# &lt;script\>alert\("x"\)&lt;/script\> \*\*bold\*\* \[link\]\(javascript:alert\(1\)\) &amp; "quotes" 'single' \# not a heading`);
    expect(md).not.toMatch(/<script|<img|<b>/);
  });

  it("the site embeds lesson data so that it cannot close its script element", () => {
    const index = siteFiles([hostile], bundledRegistry).get("index.html")!;
    expect(index.match(/<\/script>/g)?.length).toBe(2); // the data element and the app element, nothing from the lesson
    expect(index).toContain("\\u003cscript>alert");
  });

  it("XML (cartridge manifest) and JSON outputs escape or encode the text", () => {
    const manifest = cartridgeFiles([hostile], bundledRegistry).get("imsmanifest.xml")!;
    expect(manifest).toContain("&lt;script&gt;alert(&quot;x&quot;)&lt;/script&gt;");
    expect(manifest).not.toContain("<script>");
    const lrmi = JSON.stringify(lessonLrmi(hostile, bundledRegistry));
    expect(JSON.parse(lrmi).name[0]["@value"]).toBe(hostile.title["en"]);
  });
});

describe("LRMI", () => {
  it("describes every lesson as a schema.org LearningResource with its alignments", () => {
    for (const lesson of lessons) {
      const doc = lessonLrmi(lesson, bundledRegistry) as Record<string, any>;
      expect(doc["@context"]).toBe("https://schema.org");
      expect(doc["@type"]).toContain("LearningResource");
      expect(doc["learningResourceType"].termCode).toBe("lessonPlan");
      expect(doc["typicalAgeRange"]).toBe(`${lesson.ages.min}-${lesson.ages.max}`);
      expect(doc["timeRequired"]).toMatch(/^PT\d+M$/);
      expect(doc["timeRequired"]).toBe(`PT${lesson.durationMinutes}M`);
      expect(doc["inLanguage"]).toEqual(lesson.locales);
      expect(doc["educationalAlignment"]).toHaveLength(lesson.alignments.length);
      expect(doc["license"]).toBe("https://creativecommons.org/licenses/by/4.0/");
      expect(doc["teaches"].length).toBe(lesson.objectives.length);
    }
  });
});

describe("CASE", () => {
  const date = new Date("2026-11-30T00:00:00Z");
  const pkg = casePackage(lessons, bundledRegistry, { date }) as any;
  const uuid = /^[0-9a-f]{8}-[0-9a-f]{4}-5[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/;

  it("has the required fields, version-5 UUIDs and resolvable associations", () => {
    for (const k of ["identifier", "uri", "creator", "title", "lastChangeDateTime"]) expect(pkg.CFDocument[k]).toBeTruthy();
    const ids = new Set<string>([pkg.CFDocument.identifier]);
    for (const item of pkg.CFItems) {
      for (const k of ["identifier", "fullStatement", "uri", "lastChangeDateTime"]) expect(item[k], k).toBeTruthy();
      expect(item.identifier).toMatch(uuid);
      ids.add(item.identifier);
    }
    expect(pkg.CFItems.length).toBe(bundledRegistry.strands.length + bundledRegistry.topics.length + lessons.length);
    for (const a of pkg.CFAssociations) {
      expect(a.identifier).toMatch(uuid);
      expect(ids.has(a.originNodeURI.identifier)).toBe(true);
      if (a.destinationNodeURI.targetType === undefined) expect(ids.has(a.destinationNodeURI.identifier)).toBe(true);
    }
    expect(pkg.CFAssociations.filter((a: any) => a.destinationNodeURI.targetType === "ext:framework-item").length).toBe(lessons.reduce((n, l) => n + l.alignments.length, 0));
  });

  it("is stable: the same curriculum gives the same identifiers", () => {
    expect(JSON.stringify(casePackage(lessons, bundledRegistry, { date }))).toBe(JSON.stringify(pkg));
    expect(uuidV5("topic:grooming")).toBe(uuidV5("topic:grooming"));
    expect(uuidV5("topic:grooming")).not.toBe(uuidV5("topic:sextortion"));
  });
});

describe("Common Cartridge 1.1", () => {
  const files = cartridgeFiles(lessons, bundledRegistry);
  const manifest = files.get("imsmanifest.xml")!;

  it("declares CC 1.1 the way Canvas and Moodle detect it", () => {
    expect(manifest).toContain("<schema>IMS Common Cartridge</schema>");
    expect(manifest).toContain("<schemaversion>1.1.0</schemaversion>");
    expect(manifest.slice(0, 500).replace(/[\s"']/g, "")).toContain("xmlns=http://www.imsglobal.org/xsd/imsccv1p1/imscp_v1p1");
  });

  it("lists every file, one web-content lesson plan per lesson and locale", () => {
    const hrefs = [...manifest.matchAll(/<file href="([^"]+)"\/>/g)].map((m) => m[1]);
    expect(hrefs.sort()).toEqual([...files.keys()].filter((f) => f !== "imsmanifest.xml").sort());
    expect(hrefs.length).toBe(lessons.reduce((n, l) => n + l.locales.length, 0));
    expect(manifest.match(/intendeduse="lessonplan"/g)?.length).toBe(hrefs.length);
  });

  it("is well-formed XML (xmllint), and valid against the official XSDs when GROWSAFE_CC_XSD names them", () => {
    const dir = mkdtempSync(path.join(work, "cc-"));
    writeFileSync(path.join(dir, "imsmanifest.xml"), manifest);
    const xmllint = ["/usr/bin/xmllint", "/usr/local/bin/xmllint"].find(existsSync);
    if (!xmllint) {
      // Without libxml2-utils, at least the structure must parse as XML-ish: balanced manifest element.
      expect(manifest.trim().endsWith("</manifest>")).toBe(true);
      return;
    }
    execFileSync(xmllint, ["--noout", "--nonet", path.join(dir, "imsmanifest.xml")]);
    const xsd = process.env["GROWSAFE_CC_XSD"];
    if (xsd) execFileSync(xmllint, ["--noout", "--nonet", "--schema", path.join(xsd, "ccv1p1_imscp_v1p2_v1p0.xsd"), path.join(dir, "imsmanifest.xml")], { env: { ...process.env } });
  });

  it("zips into an .imscc whose entries match the manifest", () => {
    const zipped = exportFiles("cc", lessons, bundledRegistry).get("growsafe.imscc") as Uint8Array;
    const entries = unzipSync(zipped);
    expect(Object.keys(entries).sort()).toEqual([...files.keys()].sort());
    expect(strFromU8(entries["imsmanifest.xml"]!)).toBe(manifest);
  });
});

describe("growsafe export", () => {
  it("writes every format into its folder, replacing what was there", async () => {
    for (const format of ["md", "html", "lrmi", "cc", "case"] as const) {
      const out = path.join(work, format);
      const result = await exportLessons({ format, out });
      expect(result.ok).toBe(true);
      if (!result.ok) continue;
      expect(result.files.length).toBeGreaterThan(0);
      for (const f of result.files) expect(existsSync(path.join(out, f))).toBe(true);
    }
    expect(readdirSync(path.join(work, "md", "fr")).length).toBe(lessons.filter((l) => l.locales.includes("fr")).length);
    expect(readdirSync(work).some((f) => f.includes("growsafe-tmp"))).toBe(false);
  });

  it("refuses invalid lessons with the validator's report and writes nothing", async () => {
    const src = path.join(work, "bad");
    const out = path.join(work, "bad-out");
    execFileSync("mkdir", ["-p", src]);
    writeFileSync(path.join(src, "test-lesson.yaml"), validText.replace("durationMinutes: 30", "durationMinutes: 31"));
    const result = await exportLessons({ format: "html", out, paths: [src] });
    expect(result.ok).toBe(false);
    if (!result.ok) expect(result.validation.diagnostics.map((d) => d.code)).toContain("lesson/duration-mismatch");
    expect(existsSync(out)).toBe(false);
  });

  it("exports a designer's own lessons", async () => {
    const src = path.join(work, "mine");
    execFileSync("mkdir", ["-p", src]);
    writeFileSync(path.join(src, "test-lesson.yaml"), validText);
    const result = await exportLessons({ format: "md", out: path.join(work, "mine-out"), paths: [src] });
    expect(result.ok && result.files).toEqual(["en/test-lesson.md"]);
    expect(readFileSync(path.join(work, "mine-out/en/test-lesson.md"), "utf8")).toContain("# My first lesson");
  });
});
