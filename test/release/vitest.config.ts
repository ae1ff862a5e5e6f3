import { defineConfig } from 'vitest/config';

// `npm run test:release`: `npm run release` end to end, once. Its own step in `npm test`
// (a full release build takes about half a minute, more than every unit test together).
export default defineConfig({
  test: {
    name: 'release',
    root: import.meta.dirname,
    include: ['**/*.test.ts'],
    environment: 'node',
    testTimeout: 600_000,
  },
});
