import { mkdtempSync, mkdirSync, readFileSync, rmSync, symlinkSync, writeFileSync, existsSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { afterAll, describe, expect, it } from "vitest";
import { run, type CliIo } from "../src/cli/main.js";
import { positionOf, validText } from "./helpers.js";

const durationLine = positionOf(validText, "durationMinutes: 30").line;

const dir = mkdtempSync(path.join(tmpdir(), "growsafe-cli-"));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

async function cli(...argv: string[]): Promise<{ code: number; out: string; err: string }> {
  let out = "";
  let err = "";
  const io: CliIo = { stdout: (s) => (out += s), stderr: (s) => (err += s), cwd: dir, env: { NO_COLOR: "1" }, isTTY: false };
  const code = await run(argv, io, "1.2.3");
  return { code, out, err };
}

describe("growsafe CLI", () => {
  it("prints help and version", async () => {
    expect((await cli("--help")).out).toContain("growsafe validate");
    expect((await cli("--version")).out).toBe("1.2.3\n");
  });

  it("validates the bundled curriculum with no path", async () => {
    const r = await cli("validate", "--format", "json");
    const report = JSON.parse(r.out);
    expect(r.code).toBe(0);
    expect(report.errorCount).toBe(0);
    expect(report.lessons).toBeGreaterThanOrEqual(8);
  });

  it("reports every problem of a folder, sorted, with exit code 1", async () => {
    const lessonsDir = path.join(dir, "lessons");
    mkdirSync(lessonsDir, { recursive: true });
    writeFileSync(path.join(lessonsDir, "test-lesson.yaml"), validText);
    writeFileSync(path.join(lessonsDir, "b.yaml"), validText.replace("id: test-lesson", "id: b").replace("durationMinutes: 30", "durationMinutes: 31"));
    writeFileSync(path.join(lessonsDir, "c.yml"), validText.replace("id: test-lesson", "id: c").replace("topics: [media-balance]", "topics: [nope]"));
    const r = await cli("validate", "lessons", "--format", "json");
    expect(r.code).toBe(1);
    const report = JSON.parse(r.out);
    expect(report.files).toBe(3);
    expect(report.problems.map((p: { code: string }) => p.code)).toEqual(["lesson/duration-mismatch", "lesson/unknown-topic"]);
    expect(report.problems[0]).toMatchObject({ file: path.join("lessons", "b.yaml"), line: durationLine, column: 18, severity: "error" });
  });

  it("prints a code frame and a hint in pretty format, and annotations in github format", async () => {
    const pretty = await cli("validate", "lessons");
    expect(pretty.out).toContain(`lessons/b.yaml:${durationLine}:18 error Activity minutes add up to 30`);
    expect(pretty.out).toContain(`> ${durationLine} | durationMinutes: 31`);
    expect(pretty.out).toContain("hint:");
    expect(pretty.out).not.toContain("\u001b[");
    const gh = await cli("validate", "lessons", "--format", "github");
    expect(gh.out).toContain(`::error file=lessons/b.yaml,line=${durationLine},col=18`);
  });

  it("writes messages in French", async () => {
    const r = await cli("validate", "lessons", "--locale", "fr");
    expect(r.out).toContain("Les minutes des activités font 30");
  });

  it("exits 2 on a path that does not exist or a bad option", async () => {
    const missing = await cli("validate", "no-such-folder");
    expect(missing.code).toBe(2);
    expect(missing.err).toContain("no-such-folder");
    expect((await cli("validate", "--format", "xml")).code).toBe(2);
    expect((await cli("query", "--age", "ten")).code).toBe(2);
    expect((await cli("frobnicate")).code).toBe(2);
  });

  it("survives a symlink loop and binary files", async () => {
    const loop = path.join(dir, "loop");
    mkdirSync(loop, { recursive: true });
    writeFileSync(path.join(loop, "test-lesson.yaml"), validText);
    symlinkSync(loop, path.join(loop, "again"));
    writeFileSync(path.join(loop, "binary.yaml"), Buffer.from([0x69, 0x64, 0x3a, 0x00, 0xff]));
    writeFileSync(path.join(loop, "latin1.yaml"), Buffer.from("id: caf\xe9\n", "latin1"));
    const r = await cli("validate", "loop", "--format", "json");
    const report = JSON.parse(r.out);
    expect(report.files).toBe(3);
    expect(report.problems.map((p: { code: string }) => p.code).sort()).toEqual(["file/not-text", "file/not-text"]);
  });

  it("writes a starter lesson that passes validation", async () => {
    const r = await cli("new", "lesson", "mine/screens-and-sleep.yaml");
    expect(r.code).toBe(0);
    const text = readFileSync(path.join(dir, "mine/screens-and-sleep.yaml"), "utf8");
    expect(text.startsWith("# yaml-language-server: $schema=")).toBe(true);
    expect((await cli("validate", "mine")).code).toBe(0);
    expect((await cli("new", "lesson", "mine/screens-and-sleep.yaml")).code).toBe(2);
    expect(existsSync(path.join(dir, "mine/screens-and-sleep.yaml.tmp"))).toBe(false);
  });

  it("queries by age, grade and topic, as a table or JSON", async () => {
    const table = await cli("query", "--age", "5", "--locale", "fr");
    expect(table.code).toBe(0);
    expect(table.out).toContain("leçon(s)");
    const json = JSON.parse((await cli("query", "--grade", "be-fwb:P6", "--json")).out);
    for (const l of json.lessons) expect(l.ages.min).toBeLessThanOrEqual(11);
    expect((await cli("query", "--grade", "be-fwb:P99")).code).toBe(2);
  });

  it("lists topics with their minimum ages", async () => {
    const topics = JSON.parse((await cli("topics", "--json")).out) as { id: string; minAge: number; lessonCount: number }[];
    expect(topics.find((t) => t.id === "sextortion")?.minAge).toBe(12);
    expect((await cli("topics", "--locale", "fr")).out).toContain("Sextorsion");
  });

  it("shows a lesson and lists grades", async () => {
    expect((await cli("show", "my-body-belongs-to-me", "--locale", "fr")).out).toContain("Mon corps m'appartient");
    expect((await cli("show", "nope")).code).toBe(2);
    expect((await cli("grades", "fr")).out).toContain("6e");
  });
});

describe("growsafe path and coverage", () => {
  it("prints a learning path and a coverage table", async () => {
    const path = await cli("path", "--strand", "online-safety", "--json");
    expect(path.code).toBe(0);
    expect(JSON.parse(path.out).count).toBeGreaterThan(0);
    const cov = await cli("coverage", "--framework", "unesco-itgse-2018", "--kind", "topic");
    expect(cov.code).toBe(0);
    expect(cov.out).toContain("4.3");
    expect(cov.out).toMatch(/gap\(s\)/);
    expect((await cli("coverage")).code).toBe(2);
    expect((await cli("path")).code).toBe(2);
  });

  it("reads rule severities from growsafe.config.yaml", async () => {
    const proj = path.join(dir, "configured");
    mkdirSync(proj, { recursive: true });
    writeFileSync(path.join(proj, "other-name.yaml"), validText);
    const before = await cli("validate", "configured", "--format", "json");
    expect(JSON.parse(before.out).warningCount).toBe(1);
    writeFileSync(path.join(dir, "growsafe.config.yaml"), "rules:\n  lesson/id-filename-mismatch: error\n");
    const raised = await cli("validate", "configured", "--format", "json");
    expect(raised.code).toBe(1);
    writeFileSync(path.join(dir, "growsafe.config.yaml"), "rules:\n  lesson/id-filename-mismatch: loud\n");
    expect((await cli("validate", "configured")).code).toBe(2);
    rmSync(path.join(dir, "growsafe.config.yaml"));
    expect((await cli("validate", "configured", "--strict")).code).toBe(1);
  });

  it("validates thousands of files in one folder", async () => {
    const many = path.join(dir, "many");
    mkdirSync(many, { recursive: true });
    for (let i = 0; i < 2000; i++) writeFileSync(path.join(many, `lesson-${i}.yaml`), validText.replace("id: test-lesson", `id: lesson-${i}`));
    const r = await cli("validate", "many", "--format", "json");
    const report = JSON.parse(r.out);
    expect(report.files).toBe(2000);
    expect(report.lessons).toBe(2000);
    expect(r.code).toBe(0);
  });

  it("checks designers' lessons with the bundled ones", async () => {
    const mine = path.join(dir, "with-bundled");
    mkdirSync(mine, { recursive: true });
    writeFileSync(path.join(mine, "test-lesson.yaml"), validText.replace("family:", "prerequisites: [my-body-belongs-to-me]\nfamily:"));
    expect(JSON.parse((await cli("validate", "with-bundled", "--format", "json")).out).problems.map((p: { code: string }) => p.code)).toContain("lesson/unknown-prerequisite");
    expect((await cli("validate", "with-bundled", "--with-bundled")).code).toBe(0);
    writeFileSync(path.join(mine, "my-body-belongs-to-me.yaml"), validText.replace("id: test-lesson", "id: my-body-belongs-to-me"));
    const clash = JSON.parse((await cli("validate", "with-bundled", "--with-bundled", "--format", "json")).out);
    expect(clash.problems.map((p: { code: string }) => p.code)).toContain("lesson/duplicate-id");
  });
});

describe("growsafe export and site", () => {
  it("exports the bundled curriculum, and refuses invalid lessons with exit code 1", async () => {
    const ok = await cli("export", "--format", "lrmi", "--out", "out-lrmi", "--json");
    expect(ok.code).toBe(0);
    expect(JSON.parse(ok.out).files).toContain("all.jsonld");
    const bad = path.join(dir, "bad-lessons");
    mkdirSync(bad, { recursive: true });
    writeFileSync(path.join(bad, "test-lesson.yaml"), validText.replace("durationMinutes: 30", "durationMinutes: 31"));
    const refused = await cli("export", "--format", "html", "--out", "out-bad", "bad-lessons");
    expect(refused.code).toBe(1);
    expect(refused.err).toContain("lesson/duration-mismatch");
    expect(existsSync(path.join(dir, "out-bad"))).toBe(false);
    expect((await cli("export", "--format", "pdf", "--out", "x")).code).toBe(2);
    expect((await cli("export", "--format", "md")).code).toBe(2);
  });

  it("builds the catalog site", async () => {
    const r = await cli("site", "--out", "my-site");
    expect(r.code).toBe(0);
    expect(existsSync(path.join(dir, "my-site/index.html"))).toBe(true);
    expect(existsSync(path.join(dir, "my-site/coverage.html"))).toBe(true);
  });
});
