import { defineConfig } from "tsup";
import ts from "typescript";

// tsup 8.5 injects `baseUrl: "."` into its dts build; TypeScript 6 rejects that (TS5101)
// unless deprecations are silenced with "6.0", a value TypeScript 5 itself rejects.
const dts = ts.versionMajorMinor.startsWith("5.") ? true : { compilerOptions: { ignoreDeprecations: "6.0" } };

export default defineConfig([
  {
    // The library: ESM and CJS with their own declarations, for both entries.
    entry: { index: "src/index.ts", node: "src/node.ts" },
    format: ["esm", "cjs"],
    dts,
    sourcemap: true,
    // The two configs build in parallel: keep the CLI's output out of this clean.
    clean: ["!cli.js", "!cli.js.map"],
    target: "es2022",
    platform: "node",
    removeNodeProtocol: false,
  },
  {
    // The CLI: ESM only; the shebang is kept and the file made executable.
    entry: { cli: "src/cli.ts" },
    format: ["esm"],
    dts: false,
    clean: false,
    target: "node20",
    platform: "node",
    removeNodeProtocol: false,
  },
]);
