import { defineProject } from 'vitest/config';

// Unit tests of the site's pure logic (diagram layout, link checker) and of the built site.
export default defineProject({
  // Component tests render Preact (the shared ui/ components in the site's view models).
  oxc: { jsx: { runtime: 'automatic', importSource: 'preact' } },
  test: {
    name: 'site',
    root: import.meta.dirname,
    include: ['src/**/*.test.{ts,tsx}', 'test/**/*.test.ts'],
    environment: 'node',
  },
});
