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

/**
 * Words of the customer e-mail in each language (`locales/<lng>/email.json`), as they appear
 * in a minified bundle (esbuild writes non-ASCII letters as `\uXXXX`, so these are ASCII).
 */
const EMAIL_WORDS = ['Global admin', 'Sehr geehrte Damen und Herren'];
const emailJson = (lang: string) =>
  JSON.stringify(fileURLToPath(new URL(`../locales/${lang}/email.json`, import.meta.url)));

describe('the core is tree-shakable and free of DOM and I/O', () => {
  it('the e-mail texts come with the locales (what the next tests look for is there)', async () => {
    const out = await bundle(
      `import de from ${emailJson('de')}; import en from ${emailJson('en')}; console.log(de, en);`,
    );
    for (const words of EMAIL_WORDS) expect(out).toContain(words);
  });

  it("the core's e-mail composer carries no e-mail text: it is given the texts", async () => {
    const out = await bundle(
      `import { composeInvitationEmail } from ${JSON.stringify(CORE)}; console.log(composeInvitationEmail);`,
    );
    expect(out).toContain('accept/');
    for (const words of EMAIL_WORDS) expect(out).not.toContain(words);
  });

  it('a product that only parses links gets neither the rules nor the e-mail texts', async () => {
    const out = await bundle(
      `import { parseInvitationLink } from ${JSON.stringify(CORE)}; console.log(parseInvitationLink(''));`,
    );
    expect(out).toContain('admin.microsoft.com');
    // The parser's own word, which the next test looks for in a bundle without it.
    expect(out).toContain('partner-invitation');
    expect(out).not.toContain('syndication-excluded');
    for (const words of EMAIL_WORDS) expect(out).not.toContain(words);
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
