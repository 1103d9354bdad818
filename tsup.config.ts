import { cp, readdir, readFile, writeFile } from "node:fs/promises";
import path from "node:path";
import { defineConfig, type Options } from "tsup";
import ts from "typescript";

// tsup 8.5 injects `baseUrl: "."` into its dts build; TypeScript 6 rejects that (TS5101)
// unless deprecations are silenced with "6.0", a value TypeScript 5 itself rejects.
const dts = ts.versionMajorMinor.startsWith("5.") ? true : { compilerOptions: { ignoreDeprecations: "6.0" } };

// The compiled curriculum stays JSON beside the code (dist/generated/): Node and
// bundlers parse it much faster than the same data compiled as JavaScript, and
// apps can load one lesson or one locale from growsafe/lessons/*.
const keepDataExternal: NonNullable<Options["esbuildPlugins"]>[number] = {
  name: "growsafe-data",
  setup(build) {
    build.onResolve({ filter: /\/generated\/[^/]+\.json$/ }, (args) => ({ path: `./generated/${path.basename(args.path)}`, external: true }));
  },
};
const copyData = async (): Promise<void> => {
  await cp("src/generated", "dist/generated", { recursive: true, filter: (f) => !f.endsWith(".ts") });
  // esbuild drops the import attribute of an external import; Node needs it for JSON modules.
  for (const file of await readdir("dist")) {
    if (!file.endsWith(".js")) continue;
    const code = await readFile(path.join("dist", file), "utf8");
    const fixed = code.replace(/(from "\.\/generated\/[^"]+\.json")(;)/g, '$1 with { type: "json" }$2');
    if (fixed !== code) await writeFile(path.join("dist", file), fixed);
  }
};

export default defineConfig([
  {
    // The library: ESM and CJS with their own declarations, for both entries.
    entry: { index: "src/index.ts", node: "src/node.ts", query: "src/query.ts" },
    format: ["esm", "cjs"],
    dts,
    sourcemap: true,
    // The two configs build in parallel: keep the CLI's output out of this clean.
    clean: ["!cli.js", "!cli.js.map"],
    target: "es2022",
    platform: "node",
    removeNodeProtocol: false,
    esbuildPlugins: [keepDataExternal],
    onSuccess: copyData,
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
    esbuildPlugins: [keepDataExternal],
  },
]);
