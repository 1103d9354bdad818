import { defineConfig } from "vitest/config";

// Browser tests run apart from the unit tests: they need Debian's chromium (.ci/run installs it).
export default defineConfig({ test: { include: ["test/e2e/**/*.e2e.test.ts"], environment: "node", testTimeout: 60_000, hookTimeout: 120_000, fileParallelism: false } });
