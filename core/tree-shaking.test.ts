import { build } from 'esbuild';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';

const CORE = fileURLToPath(new URL('./index.ts', import.meta.url));

/** Bundles a snippet that imports from the core, minified, as a product's bundler would. */
async function bundle(code: string): Promise<string> {
  const result = await build({
    stdin: {
      contents: code,
      resolveDir: fileURLToPath(new URL('.', import.meta.url)),
      loader: 'ts',
    },
    bundle: true,
    minify: true,
    format: 'esm',
    write: false,
    platform: 'browser',
    logLevel: 'silent',
  });
  return result.outputFiles[0]!.text;
}

describe('the core is tree-shakable and free of DOM and I/O', () => {
  it('a product that only parses links gets neither the rules nor the e-mail texts', async () => {
    const out = await bundle(
      `import { parseInvitationLink } from ${JSON.stringify(CORE)}; console.log(parseInvitationLink(''));`,
    );
    expect(out).toContain('admin.microsoft.com');
    expect(out).not.toContain('syndication-excluded');
    expect(out).not.toContain('Global admin');
    expect(out).not.toContain('Multichannel-Support');
  });

  it('a product that only evaluates gets no link parser and no e-mail texts', async () => {
    const out = await bundle(
      `import { evaluate } from ${JSON.stringify(CORE)}; console.log(evaluate);`,
    );
    expect(out).toContain('syndication-excluded');
    expect(out).not.toContain('partner-invitation');
    expect(out).not.toContain('Global admin');
  });

  it('bundles for the browser without Node built-ins, DOM globals or network calls', async () => {
    const out = await bundle(`export * from ${JSON.stringify(CORE)};`);
    for (const forbidden of [
      'node:',
      'require(',
      'document.',
      'window.',
      'fetch(',
      'XMLHttpRequest',
      'localStorage',
    ]) {
      expect(out).not.toContain(forbidden);
    }
  });
});
