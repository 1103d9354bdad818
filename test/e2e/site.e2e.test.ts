/**
 * The catalog site in headless Chromium (Debian's chromium package, driven by
 * playwright-core): filters change the list, a lesson renders in both
 * languages, the print layout hides the navigation, no console errors.
 * Screenshots are kept in test-artifacts/.
 */
import { mkdirSync, mkdtempSync, readFileSync, rmSync, existsSync } from "node:fs";
import { createServer, type Server } from "node:http";
import { tmpdir } from "node:os";
import path from "node:path";
import { chromium, type Browser, type Page } from "playwright-core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { lessons } from "../../src/index.js";
import { buildSite } from "../../src/node.js";

const executablePath = process.env["CHROMIUM_PATH"] ?? "/usr/bin/chromium";
const artifacts = path.resolve(import.meta.dirname, "../../test-artifacts");
const siteDir = path.join(mkdtempSync(path.join(tmpdir(), "growsafe-site-")), "site");
let server: Server;
let base = "";
let browser: Browser;
const consoleErrors: string[] = [];

const types: Record<string, string> = { ".html": "text/html; charset=utf-8", ".css": "text/css", ".js": "text/javascript", ".svg": "image/svg+xml" };

beforeAll(async () => {
  if (!existsSync(executablePath)) throw new Error(`Chromium not found at ${executablePath}: install Debian's chromium package (apt-get install -y chromium)`);
  const built = await buildSite({ out: siteDir });
  expect(built.ok).toBe(true);
  server = createServer((req, res) => {
    const url = new URL(req.url ?? "/", "http://localhost");
    const file = path.join(siteDir, decodeURIComponent(url.pathname === "/" ? "/index.html" : url.pathname));
    if (!file.startsWith(siteDir) || !existsSync(file)) {
      res.writeHead(404).end("not found");
      return;
    }
    res.writeHead(200, { "content-type": types[path.extname(file)] ?? "application/octet-stream" }).end(readFileSync(file));
  });
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  const address = server.address();
  base = `http://127.0.0.1:${typeof address === "object" && address ? address.port : 0}`;
  browser = await chromium.launch({
    executablePath,
    args: ["--headless", "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run", "--disable-background-networking", "--disable-component-update", "--disable-sync"],
  });
  mkdirSync(artifacts, { recursive: true });
}, 60_000);

afterAll(async () => {
  await browser?.close();
  server?.close();
  rmSync(path.dirname(siteDir), { recursive: true, force: true });
});

async function open(url: string): Promise<Page> {
  const page = await browser.newPage({ viewport: { width: 1200, height: 900 } });
  page.on("console", (msg) => { if (msg.type() === "error") consoleErrors.push(`${url}: ${msg.text()}`); });
  page.on("pageerror", (err) => consoleErrors.push(`${url}: ${err.message}`));
  await page.goto(`${base}${url}`);
  return page;
}

const shownIds = async (page: Page): Promise<string[]> => page.$$eval("#results .result", (els) => els.map((e) => e.getAttribute("data-id") ?? ""));

describe("catalog site", () => {
  it("lists every lesson, then narrows the list by age with the safety rule", async () => {
    const page = await open("/index.html");
    expect((await shownIds(page)).length).toBe(lessons.filter((l) => l.locales.includes("en")).length);
    await page.selectOption("#f-age", "5");
    const ids = await shownIds(page);
    expect(ids.length).toBeGreaterThan(0);
    expect(ids.length).toBeLessThan(lessons.length);
    for (const id of ids) {
      const l = lessons.find((x) => x.id === id)!;
      expect(l.ages.min <= 5 && 5 <= l.ages.max).toBe(true);
    }
    await page.screenshot({ path: path.join(artifacts, "catalog-age-5.png"), fullPage: false });
    await page.close();
  });

  it("filters by grade in a school system, in French", async () => {
    const page = await open("/index.html");
    await page.click("#lang-fr");
    await page.selectOption("#f-system", "be-fwb");
    await page.selectOption("#f-grade", "P6");
    const ids = await shownIds(page);
    expect(ids.length).toBeGreaterThan(0);
    for (const id of ids) expect(lessons.find((x) => x.id === id)!.ages.min).toBeLessThanOrEqual(11);
    const firstTitle = await page.textContent("#results .result a");
    expect(firstTitle).toBe(lessons.find((x) => x.id === ids[0])!.title["fr"]);
    expect(await page.textContent("h1")).toBe("Catalogue de leçons growsafe");
    await page.screenshot({ path: path.join(artifacts, "catalog-fwb-p6-fr.png") });
    await page.close();
  });

  it("renders a lesson page in both languages, and prints without navigation", async () => {
    const lesson = lessons.find((l) => l.safeguarding.sensitivity === "high") ?? lessons[0]!;
    for (const locale of ["en", "fr"]) {
      const page = await open(`/lessons/${lesson.id}.${locale}.html`);
      expect(await page.textContent("h1")).toBe(lesson.title[locale]);
      expect(await page.getAttribute("html", "lang")).toBe(locale);
      expect(await page.locator(".activity").count()).toBe(lesson.activities.length);
      await page.emulateMedia({ media: "print" });
      expect(await page.locator("nav.top").isVisible()).toBe(false);
      const pdf = await page.pdf({ format: "A4" });
      expect(pdf.subarray(0, 4).toString()).toBe("%PDF");
      await page.emulateMedia({ media: "screen" });
      await page.screenshot({ path: path.join(artifacts, `lesson-${locale}.png`) });
      await page.close();
    }
  });

  it("draws the coverage heatmap as SVG", async () => {
    const page = await open("/coverage.html");
    expect(await page.locator("svg").count()).toBeGreaterThanOrEqual(5);
    expect(await page.locator("svg rect.cell").count()).toBeGreaterThan(20);
    await page.screenshot({ path: path.join(artifacts, "coverage.png"), fullPage: true });
    await page.close();
  });

  it("logged no console errors", () => {
    expect(consoleErrors).toEqual([]);
  });
});
