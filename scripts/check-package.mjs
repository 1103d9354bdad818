// Package checks on the packed tarball, as a user would get it:
// publint, are-the-types-wrong, and a consumer project that installs the tarball
// and uses it from import, require, TypeScript (node16 and bundler) and a browser bundle.
import { execFileSync } from "node:child_process";
import { mkdtempSync, writeFileSync, rmSync, readdirSync, readFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";

const root = path.resolve(import.meta.dirname, "..");
const run = (cmd, args, cwd = root) => execFileSync(cmd, args, { cwd, stdio: ["ignore", "pipe", "pipe"], encoding: "utf8" });
const step = (name, fn) => {
  process.stdout.write(`check-package: ${name} … `);
  try {
    const out = fn();
    process.stdout.write("ok\n");
    return out;
  } catch (error) {
    process.stdout.write("FAILED\n");
    process.stderr.write(`${error.stdout ?? ""}${error.stderr ?? ""}${error.message}\n`);
    process.exit(1);
  }
};

const work = mkdtempSync(path.join(tmpdir(), "growsafe-pack-"));
try {
  const tarball = step("npm pack", () => {
    run("npm", ["pack", "--pack-destination", work, "--silent"]);
    return path.join(work, readdirSync(work).find((f) => f.endsWith(".tgz")));
  });
  step("publint --strict", () => run("npx", ["publint", "--strict", tarball]));
  step("attw (are the types wrong)", () => run("npx", ["attw", tarball]));

  const consumer = path.join(work, "consumer");
  run("mkdir", ["-p", consumer]);
  writeFileSync(path.join(consumer, "package.json"), JSON.stringify({ name: "consumer", private: true, type: "module" }));
  step("install the tarball in an empty project", () => run("npm", ["install", "--no-audit", "--no-fund", "--silent", tarball, `typescript@${run("node", ["-p", "require('typescript/package.json').version"]).trim()}`, `esbuild@${run("node", ["-p", "require('esbuild/package.json').version"]).trim()}`, "@types/node@20"], consumer));

  writeFileSync(path.join(consumer, "esm.mjs"), `
import { lessons, findLessons, validateText } from "growsafe";
import { validateFiles } from "growsafe/node";
if (!Object.isFrozen(lessons) || lessons.length < 8) throw new Error("lessons");
if (findLessons({ age: 10 }).some((l) => l.ages.min > 10)) throw new Error("safety");
if (validateText("id: x\\n").ok) throw new Error("validateText");
if (typeof validateFiles !== "function") throw new Error("node entry");
console.log("esm ok", lessons.length);
`);
  writeFileSync(path.join(consumer, "cjs.cjs"), `
const { lessons, findLessons } = require("growsafe");
const { validateFiles } = require("growsafe/node");
if (lessons.length < 8 || typeof validateFiles !== "function" || findLessons({ age: 5 }).length === 0) throw new Error("cjs");
console.log("cjs ok");
`);
  step("import (ESM)", () => run("node", ["esm.mjs"], consumer));
  step("require (CJS)", () => run("node", ["cjs.cjs"], consumer));
  step("npx growsafe validate (bundled curriculum)", () => run("npx", ["growsafe", "validate"], consumer));

  const tsSource = `import { findLessons, type Lesson, type LessonSummary } from "growsafe";
import { validateFiles } from "growsafe/node";
const found: LessonSummary[] = findLessons({ age: 9, locale: "fr" });
const first: Lesson | undefined = undefined;
void found; void first; void validateFiles;
`;
  writeFileSync(path.join(consumer, "a.mts"), tsSource);
  writeFileSync(path.join(consumer, "b.cts"), tsSource.replace(/^import (.*) from "(.*)";$/gm, "import $1 from \"$2\";"));
  const tsc = path.join(consumer, "node_modules/typescript/bin/tsc");
  step("TypeScript, moduleResolution node16", () => run("node", [tsc, "--ignoreConfig", "--noEmit", "--strict", "--module", "node16", "--moduleResolution", "node16", "--types", "node", "a.mts", "b.cts"], consumer));
  writeFileSync(path.join(consumer, "c.ts"), tsSource);
  step("TypeScript, moduleResolution bundler", () => run("node", [tsc, "--ignoreConfig", "--noEmit", "--strict", "--module", "preserve", "--moduleResolution", "bundler", "c.ts"], consumer));
  writeFileSync(path.join(consumer, "browser.mjs"), `import { findLessons } from "growsafe"; console.log(findLessons({ age: 8 }).length);\n`);
  step("browser bundle of the main entry (no Node built-ins)", () => run("npx", ["esbuild", "browser.mjs", "--bundle", "--platform=browser", "--format=esm", "--outfile=out.js", "--log-level=error"], consumer));
  writeFileSync(path.join(consumer, "light.mjs"), `import { findLessons } from "growsafe/query"; console.log(findLessons({ age: 8 }).length);\n`);
  step("browser bundle of growsafe/query carries no zod, no yaml and no lesson text", () => {
    run("npx", ["esbuild", "light.mjs", "--bundle", "--platform=browser", "--format=esm", "--outfile=light.js", "--metafile=light-meta.json", "--log-level=error"], consumer);
    const inputs = Object.keys(JSON.parse(readFileSync(path.join(consumer, "light-meta.json"), "utf8")).inputs);
    const heavy = inputs.filter((f) => /node_modules\/(zod|yaml|markdown-it)\/|generated\/lessons\.json/.test(f));
    if (heavy.length > 0) throw new Error(`growsafe/query pulls in ${heavy.join(", ")}`);
  });
} finally {
  rmSync(work, { recursive: true, force: true });
}
