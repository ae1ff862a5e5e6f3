import { defineProject } from 'vitest/config';

// Unit tests of the site's pure logic (diagram layout, link checker) and of the built site.
export default defineProject({
  test: {
    name: 'site',
    root: import.meta.dirname,
    include: ['src/**/*.test.ts', 'test/**/*.test.ts'],
    environment: 'node',
  },
});
