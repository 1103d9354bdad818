/**
 * Benchmark: validate 10,000 generated lesson files, and in the same run
 * only parse them with `yaml`. Target: full validation within 2x the bare parse.
 *
 * Run: npm run bench:validate [-- --files N]
 */
import { mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { parse } from "yaml";
import { starterLesson } from "../src/cli/starter.js";
import { validateFiles } from "../src/node.js";
import { readAll } from "../src/node/curriculum.js";
import { collectYamlFiles } from "../src/node/files.js";
import { validateLessons } from "../src/validate/validate.js";
import { bundledRegistry } from "../src/index.js";

const count = Number(process.argv[process.argv.indexOf("--files") + 1]) || 10_000;
const dir = mkdtempSync(path.join(tmpdir(), "growsafe-bench-"));
const bilingual = (id: string): string =>
  starterLesson(id).replace(/\{ en: ("(?:[^"\\]|\\.)*") \}/g, "{ en: $1, fr: $1 }").replace("locales: [en]", "locales: [en, fr]");
for (let i = 0; i < count; i++) writeFileSync(path.join(dir, `lesson-${i}.yaml`), bilingual(`lesson-${i}`));

const time = async <T>(fn: () => Promise<T> | T): Promise<[number, T]> => {
  const start = performance.now();
  const value = await fn();
  return [performance.now() - start, value];
};
const best = async <T>(runs: number, fn: () => Promise<T> | T): Promise<[number, T]> => {
  let result: [number, T] | undefined;
  for (let i = 0; i < runs; i++) {
    const r = await time(fn);
    if (!result || r[0] < result[0]) result = r;
  }
  return result!;
};

try {
  const files = await collectYamlFiles([dir]);
  const { sources } = await readAll(files, 1_000_000);
  const bytes = sources.reduce((n, s) => n + s.text.length, 0);
  // Same texts, same process: the ratio compares like with like.
  const [parseMs] = await best(3, () => sources.map((s) => parse(s.text)));
  const [validateMs, result] = await best(3, () => validateLessons(sources, bundledRegistry));
  const [endToEndMs, fromDisk] = await best(1, () => validateFiles([dir]));
  if (!result.ok || !fromDisk.ok) throw new Error("generated lessons should be valid");
  const ratio = validateMs / parseMs;
  console.log(`files:                      ${count} (${(bytes / 1e6).toFixed(1)} MB)`);
  console.log(`yaml parse only:            ${parseMs.toFixed(0)} ms`);
  console.log(`full validation (in memory): ${validateMs.toFixed(0)} ms`);
  console.log(`ratio validate / parse:     ${ratio.toFixed(2)}x (target ≤ 2.00x) ${ratio <= 2 ? "MET" : "NOT MET"}`);
  console.log(`end to end from disk:       ${endToEndMs.toFixed(0)} ms (find, read, validate)`);
} finally {
  rmSync(dir, { recursive: true, force: true });
}
