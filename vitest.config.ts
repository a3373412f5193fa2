import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    include: ['src/**/*.test.ts', 'test/**/*.test.ts'],
    environment: 'node',
    // One migrated PGlite with the reference data per run, dumped; readyDatabase starts from it.
    globalSetup: ['test/setup/pglite-template.ts'],
    // PGlite instances are heavy (≈ 200–700 MB each): one per file, few files at a time. Three on the
    // 2-core CI machine: a test file waits much of its time on the PostgreSQL server, a child process or
    // a timer (CI used ~1.1 of its 2 cores with two), and CI must stay under 30 minutes.
    pool: 'forks',
    maxWorkers: 3,
    // Generous: a test that needs minutes is slow, not broken; CI on a busy 2-core machine must not flake.
    testTimeout: 180_000,
    hookTimeout: 240_000,
  },
});
