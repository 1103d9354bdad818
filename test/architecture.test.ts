import { readdirSync, readFileSync } from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";

// Data flows one way: each stage imports only earlier stages, and the core
// (everything the main entry ships) never touches fs, path or process.
const src = path.resolve(import.meta.dirname, "../src");
const order = ["diagnostics", "schema", "parse", "rules", "validate", "catalog", "query", "report", "export", "site", "node", "cli"];
const core = new Set(["diagnostics", "schema", "parse", "rules", "validate", "catalog", "query", "report"]);

const filesOf = (dir: string): string[] => readdirSync(path.join(src, dir)).filter((f) => f.endsWith(".ts")).map((f) => path.join(dir, f));
const importsOf = (file: string): string[] => [...readFileSync(path.join(src, file), "utf8").matchAll(/^(?:import|export)[^;]*?from "([^"]+)"/gms)].map((m) => m[1]!);

describe("architecture", () => {
  for (const stage of order) {
    it(`${stage}/ imports only earlier stages${core.has(stage) ? " and no Node built-ins" : ""}`, () => {
      for (const file of filesOf(stage)) {
        for (const spec of importsOf(file)) {
          if (core.has(stage)) expect(spec.startsWith("node:"), `${file} imports ${spec}`).toBe(false);
          if (!spec.startsWith(".")) continue;
          const target = path.normalize(path.join(stage, spec)).split(path.sep)[0]!;
          if (!order.includes(target)) continue; // generated data
          expect(order.indexOf(target), `${file} imports ${spec}`).toBeLessThanOrEqual(order.indexOf(stage));
        }
      }
    });
  }

  it("the main and query entries import only core stages", () => {
    for (const entry of ["index.ts", "query.ts"]) {
      for (const spec of importsOf(entry)) {
        const target = spec.replace(/^\.\//, "").split("/")[0]!;
        if (order.includes(target)) expect(core.has(target), `${entry} imports ${spec}`).toBe(true);
      }
    }
  });
});
