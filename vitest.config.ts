import { defineConfig } from "vitest/config";

// Unit tests only: the browser tests under test/e2e need Chromium and run with `npm run test:e2e`.
export default defineConfig({ test: { include: ["test/**/*.test.ts"], exclude: ["test/e2e/**", "node_modules/**"], environment: "node", testTimeout: 30_000 } });
