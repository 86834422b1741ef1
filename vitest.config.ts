import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    include: ['test/**/*.test.ts', 'extractors/**/*.test.ts'],
    testTimeout: 30_000,
  },
});
