import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    include: ['src/**/*.test.ts', 'test/**/*.test.ts'],
    environment: 'node',
    // PGlite instances are heavy (≈ 200–700 MB each): one per file, few files at a time.
    pool: 'forks',
    maxWorkers: 2,
    // Generous: a test that needs minutes is slow, not broken; CI on a busy 2-core machine must not flake.
    testTimeout: 180_000,
    hookTimeout: 240_000,
  },
});
