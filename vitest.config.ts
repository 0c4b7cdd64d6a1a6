import { defineConfig } from 'vitest/config';

// Files run in parallel (each has its own database and Redis prefix); tests inside a file run
// in order. Two cores: two workers keep the machine responsive for the servers tests start.
export default defineConfig({
  test: {
    include: ['api/**/*.test.ts', 'server/**/*.test.ts', 'workers/**/*.test.ts', 'node-agent/**/*.test.ts', 'cli/**/*.test.ts', 'test/**/*.test.ts'],
    // Builds dist/ if a source changed: tests run `capstan` compiled, as users do, as built
    // then (CAPSTAN_BUILD_CHECK=0: no check, no rebuild in each process they start).
    globalSetup: ['test/build-dist.ts'],
    // Deletes the Redis keys of the prefixes a file took (after its own afterAll hooks).
    setupFiles: ['test/redis-cleanup.ts'],
    env: { CAPSTAN_BUILD_CHECK: '0' },
    pool: 'forks',
    maxWorkers: 2,
    testTimeout: 30_000,
    hookTimeout: 60_000,
    reporters: ['default'],
  },
});
