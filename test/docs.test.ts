import path from "node:path";
import ts from "typescript";
import { describe, expect, it } from "vitest";

// Every public export carries a doc comment with an example: the API docs are
// what a platform developer reads first.
describe("public API documentation", () => {
  const root = path.resolve(import.meta.dirname, "..");
  const entries = ["src/index.ts", "src/node.ts", "src/query.ts"].map((f) => path.join(root, f));
  const program = ts.createProgram(entries, { module: ts.ModuleKind.NodeNext, moduleResolution: ts.ModuleResolutionKind.NodeNext, strict: true, skipLibCheck: true, noEmit: true });
  const checker = program.getTypeChecker();

  for (const entry of entries) {
    it(`documents every export of ${path.basename(entry)} with an example`, () => {
      const source = program.getSourceFile(entry)!;
      const moduleSymbol = checker.getSymbolAtLocation(source)!;
      const missing: string[] = [];
      for (const exported of checker.getExportsOfModule(moduleSymbol)) {
        const symbol = exported.flags & ts.SymbolFlags.Alias ? checker.getAliasedSymbol(exported) : exported;
        const docs = ts.displayPartsToString(symbol.getDocumentationComment(checker));
        const tags = symbol.getJsDocTags(checker).map((t) => t.name);
        const isType = (symbol.flags & (ts.SymbolFlags.TypeAlias | ts.SymbolFlags.Interface)) !== 0;
        // Types need a description; values (functions, constants, classes) need an example too.
        if (docs.trim() === "" || (!isType && !tags.includes("example"))) missing.push(exported.name);
      }
      expect(missing).toEqual([]);
    });
  }
});

describe("rules documentation", () => {
  it("docs/rules.md documents every rule code (npm run docs writes it)", async () => {
    const { readFileSync } = await import("node:fs");
    const { ruleList } = await import("../src/index.js");
    const doc = readFileSync(path.resolve(import.meta.dirname, "../docs/rules.md"), "utf8");
    for (const rule of ruleList) expect(doc, rule.code).toContain(`## ${rule.code}`);
  });
});
