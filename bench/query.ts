/**
 * Benchmark: the query API on a generated catalog of 100,000 lessons.
 *
 * Prints, from one run: index build time; median and p99 of a fixed mix of
 * queries through the indexes and through a naive Array.filter scan, with
 * the ratio; text queries against MiniSearch on the same documents; the
 * memory of the catalog and its indexes; and the time to import growsafe and
 * answer a first query in a fresh Node process.
 *
 * Run: npm run build && npm run bench:query [-- --lessons N]
 */
import { execFileSync } from "node:child_process";
import path from "node:path";
import MiniSearch from "minisearch";
import { bundledRegistry, lessons as bundled, type Lesson, type LessonQuery } from "../src/index.js";
import { curriculumOf, summarizeLesson } from "../src/query/curriculum.js";
import { searchableText, toQueryEntry, type QueryEntry } from "../src/query/entry.js";
import { words } from "../src/query/text.js";

const count = Number(process.argv[process.argv.indexOf("--lessons") + 1]) || 100_000;

const stats = (xs: number[]): { median: number; p99: number } => {
  const s = [...xs].sort((a, b) => a - b);
  return { median: s[Math.floor(s.length / 2)]!, p99: s[Math.min(s.length - 1, Math.floor(s.length * 0.99))]! };
};

// Measured first, while this process is still small: fresh Node processes that
// import the built package and answer a first query on the bundled catalog.
const importAndQuery = (entry: string): number => {
  const file = path.resolve(import.meta.dirname, `../dist/${entry}.js`);
  const probe = `const t0 = performance.now(); const g = await import(${JSON.stringify(file)}); const n = g.findLessons({ age: 10 }).length; console.log((performance.now() - t0).toFixed(1), n);`;
  const runs = Array.from({ length: 7 }, () => Number(execFileSync(process.execPath, ["--input-type=module", "-e", probe], { encoding: "utf8" }).split(" ")[0]));
  return stats(runs).median;
};
const baseline = stats(Array.from({ length: 7 }, () => Number(execFileSync(process.execPath, ["--input-type=module", "-e", "const t0 = performance.now(); await import('node:path'); console.log((performance.now() - t0).toFixed(1));"], { encoding: "utf8" })))).median;
const lightMs = importAndQuery("query");
const fullMs = importAndQuery("index");

// A deterministic generator (mulberry32), so that every run measures the same catalog and mix.
let seed = 42;
const random = (): number => {
  seed |= 0; seed = (seed + 0x6d2b79f5) | 0;
  let t = Math.imul(seed ^ (seed >>> 15), 1 | seed);
  t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
  return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
};
const pick = <T>(xs: readonly T[]): T => xs[Math.floor(random() * xs.length)]!;

const topics = bundledRegistry.topics.map((t) => t.id);
const items = bundledRegistry.frameworks.flatMap((f) => f.items.map((i) => ({ framework: f.id, code: i.code })));
const heapBefore = (globalThis.gc?.(), process.memoryUsage().heapUsed);
const catalog: Lesson[] = [];
for (let i = 0; i < count; i++) {
  const base = pick(bundled);
  const min = 3 + Math.floor(random() * 14);
  const tag = `variant${i % 5000}`;
  catalog.push({
    ...base,
    id: `generated-${i}`,
    title: { en: `${base.title["en"]} ${tag}`, fr: `${base.title["fr"]} ${tag}` },
    ages: { min, max: Math.min(18, min + Math.floor(random() * 4)) },
    durationMinutes: pick([30, 35, 40, 45, 50]),
    topics: [pick(topics), pick(topics)].filter((t, j, a) => a.indexOf(t) === j),
    alignments: [pick(items), pick(items)],
    prerequisites: [],
  });
}

const time = (fn: () => unknown): number => {
  const start = performance.now();
  fn();
  return performance.now() - start;
};
// The fixed mix: structural queries an app asks most.
const mix: { name: string; query: LessonQuery; naive: (l: QueryEntry) => boolean }[] = [];
for (let i = 0; i < 50; i++) {
  const age = 3 + Math.floor(random() * 15);
  const topic = pick(topics);
  const item = pick(items);
  mix.push({ name: "age + topic (selective)", query: { age, topics: [topic] }, naive: (l) => l.ages.min <= age && age <= l.ages.max && l.topics.includes(topic) });
  mix.push({ name: "framework code", query: { alignment: item }, naive: (l) => l.alignments.some((a) => a.framework === item.framework && (a.code === item.code || a.code.startsWith(`${item.code}.`))) });
  mix.push({ name: "age + locale + max duration", query: { age, locale: "fr", maxDuration: 40 }, naive: (l) => l.ages.min <= age && age <= l.ages.max && l.locales.includes("fr") && l.durationMinutes <= 40 });
}

const curriculum = curriculumOf(catalog, bundledRegistry);
// The scan runs over the same light entries the indexes are built from.
const entries = catalog.map((l) => toQueryEntry(l, false));
// Like the API, the scan builds each summary once per locale and reuses it.
const scanSummaries = new Map<string, ReturnType<typeof summarizeLesson>>();
const scanSummary = (l: QueryEntry, locale: string) => {
  const key = `${locale}\u0000${l.id}`;
  let s = scanSummaries.get(key);
  if (!s) scanSummaries.set(key, (s = summarizeLesson(l, locale, strandsOf(l))));
  return s;
};
const strandsOf = (l: QueryEntry) => [...new Set(l.topics.flatMap((t) => bundledRegistry.topicById.get(t)?.strand ?? []))];
const buildMs = time(() => curriculum.findLessons({ age: 10, limit: 1 })); // first query builds the indexes
const heapAfter = (globalThis.gc?.(), process.memoryUsage().heapUsed);

console.log(`catalog:                 ${count.toLocaleString("en")} lessons`);
console.log(`index build (lazy, first query): ${buildMs.toFixed(0)} ms (target < 1000 ms) ${buildMs < 1000 ? "MET" : "NOT MET"}`);
console.log(`heap, catalog + indexes: ${((heapAfter - heapBefore) / 1e6).toFixed(0)} MB${globalThis.gc ? "" : " (run with --expose-gc for a steadier figure)"}`);
console.log("");
console.log("query                         indexed median / p99     scan median / p99       ratio (median)");
for (const name of [...new Set(mix.map((m) => m.name))]) {
  const cases = mix.filter((m) => m.name === name);
  const indexed: number[] = [];
  const scanned: number[] = [];
  for (let round = 0; round < 5; round++) {
    for (const c of cases) {
      let a = 0;
      let b = 0;
      indexed.push(time(() => (a = curriculum.findLessons(c.query).length)));
      // The scan returns the same light summaries as the API, built and cached the same way, so only the search differs.
      scanned.push(time(() => (b = entries.filter(c.naive).map((l) => scanSummary(l, c.query.locale ?? "en")).length)));
      if (a !== b) throw new Error(`${name}: indexed ${a} ≠ scan ${b}`);
    }
  }
  const i = stats(indexed);
  const s = stats(scanned);
  const ratio = s.median / i.median;
  const target = name.startsWith("age + topic") ? ` (target ≥ 20x) ${ratio >= 20 ? "MET" : "NOT MET"}` : "";
  console.log(`${name.padEnd(30)}${`${i.median.toFixed(2)} / ${i.p99.toFixed(2)} ms`.padEnd(25)}${`${s.median.toFixed(2)} / ${s.p99.toFixed(2)} ms`.padEnd(24)}${ratio.toFixed(1)}x${target}`);
}

// Text: growsafe's inverted index against MiniSearch on the same documents (English title, summary, objectives, vocabulary).
const terms = ["consent", "privacy", "feelings", "advertising", "grooming", "body", "help", "screen"];
const textBuild = time(() => curriculum.findLessons({ text: "consent", limit: 1 })); // first text query builds the text index
const mini = new MiniSearch<{ id: string; text: string }>({ fields: ["text"], idField: "id", processTerm: (t) => words(t)[0] ?? null });
const miniBuild = time(() => mini.addAll(catalog.map((l) => ({ id: l.id, text: searchableText(l, "en") }))));
const ours: number[] = [];
const theirs: number[] = [];
for (let round = 0; round < 5; round++) {
  for (const term of terms) {
    ours.push(time(() => curriculum.findLessons({ text: term })));
    theirs.push(time(() => mini.search(term, { prefix: true, combineWith: "AND" })));
  }
}
const o = stats(ours);
const t = stats(theirs);
console.log("");
console.log(`text index build:        growsafe ${textBuild.toFixed(0)} ms · MiniSearch ${miniBuild.toFixed(0)} ms`);
console.log(`text query median / p99: growsafe ${o.median.toFixed(2)} / ${o.p99.toFixed(2)} ms · MiniSearch ${t.median.toFixed(2)} / ${t.p99.toFixed(2)} ms (MiniSearch also ranks; growsafe returns teaching order)`);

console.log("");
console.log(`import growsafe/query + first query (fresh Node, median of 7): ${lightMs.toFixed(1)} ms (target < 50 ms) ${lightMs < 50 ? "MET" : "NOT MET"}`);
console.log(`import growsafe (full: schemas, validator, every lesson's text) + first query: ${fullMs.toFixed(1)} ms`);
console.log(`(a bare dynamic import on this machine takes ${baseline.toFixed(1)} ms)`);
