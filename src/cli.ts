#!/usr/bin/env node
// The executable: maps the CLI's result to an exit code.
import { createRequire } from "node:module";
import { run } from "./cli/main.js";

const require = createRequire(import.meta.url);
const { version } = require("../package.json") as { version: string };
const code = await run(process.argv.slice(2), {
  stdout: (s) => process.stdout.write(s),
  stderr: (s) => process.stderr.write(s),
  cwd: process.cwd(),
  env: process.env,
  isTTY: Boolean(process.stdout.isTTY),
}, version);
process.exitCode = code;
