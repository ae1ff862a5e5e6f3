import { availableParallelism } from 'node:os';
import { defineConfig } from 'vitest/config';
import { siteUrl } from './config/site-url.ts';

// One Vitest run covers every part of the project; each part is a project.
export default defineConfig({
  test: {
    // Every core: Vitest's default leaves one free, which on a two-core machine is one worker
    // (the run took 86 s instead of 54 s). In `npm test` the typecheck runs beside it.
    maxWorkers: availableParallelism(),
    projects: [
      'site/vitest.config.ts',
      {
        test: {
          name: 'core',
          include: ['core/**/*.test.ts', 'locales/**/*.test.ts', 'test/unit/**/*.test.ts'],
          environment: 'node',
          // Property tests run thousands of cases: seconds on a busy 2-core machine, not a
          // speed assertion (speed is `npm run bench`), so the default 5 s would be flaky.
          testTimeout: 60_000,
        },
      },
      'extension/vitest.config.ts',
      {
        // The invitation UI shared by site and extension, rendered with Preact into linkedom.
        oxc: { jsx: { runtime: 'automatic', importSource: 'preact' } },
        // The guide's address, as extension/wxt.config.ts puts it into a build: the ui tests
        // render the extension's use of the shared components too.
        define: { 'import.meta.env.GUIDE_URL': JSON.stringify(siteUrl()) },
        test: { name: 'ui', include: ['ui/**/*.test.{ts,tsx}'], environment: 'node' },
      },
    ],
  },
});
