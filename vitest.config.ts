import { defineConfig } from 'vitest/config';

// A generous per-test limit: the first test of a file loads the engine and every pack, which
// on a busy two-core machine can take several seconds. Tests assert results, never time.
export default defineConfig({
  test: {
    testTimeout: 60_000,
    hookTimeout: 60_000,
  },
});
