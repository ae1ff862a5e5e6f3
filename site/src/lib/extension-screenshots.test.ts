import { readdirSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { LANGUAGES } from '../../../core/languages.ts';
import {
  EXTENSION_SCREENSHOTS,
  SCREENSHOT_FOLDER,
  screenshotFile,
  screenshotsFor,
} from './extension-screenshots.ts';

const ROOT = join(import.meta.dirname, '..', '..', '..');

describe('the extension pictures of each language', () => {
  it('are all in the folder: every picture in every language of the site', () => {
    const there = new Set(readdirSync(join(ROOT, SCREENSHOT_FOLDER)));
    const wanted = LANGUAGES.flatMap((lang) =>
      EXTENSION_SCREENSHOTS.map((picture) => screenshotFile(picture, lang)),
    );
    expect(wanted.filter((file) => !there.has(file))).toEqual([]);
  });

  it('are picked for a page by its own language, whatever the path in front', () => {
    const found = Object.fromEntries(
      LANGUAGES.flatMap((lang) =>
        EXTENSION_SCREENSHOTS.map((p) => [`../../docs/images/extension/${p}-${lang}.png`, lang]),
      ),
    );
    for (const lang of LANGUAGES) {
      expect(screenshotsFor(found, lang)).toEqual({ overlay: lang, 'panel-help': lang });
    }
  });

  it('refuse a language with a picture missing, naming the file and how to take it', () => {
    const found = { '/x/overlay-de.png': 1, '/x/overlay-en.png': 2, '/x/panel-help-en.png': 3 };
    expect(() => screenshotsFor(found, 'de')).toThrow(
      /lacks its pictures docs\/images\/extension\/panel-help-de\.png \(pictures there: overlay-de\.png, overlay-en\.png, and panel-help-en\.png\)\. Take them with `npx tsx scripts\/extension-screenshot\.ts`/,
    );
    expect(() => screenshotsFor({}, 'zh')).toThrow(
      /overlay-zh\.png and docs\/images\/extension\/panel-help-zh\.png \(pictures there: none\)/,
    );
  });
});
