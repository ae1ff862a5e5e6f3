import { describe, expect, it, vi } from 'vitest';
import { provideFileImport } from '../lib/file-import.ts';
import { translator } from '../lib/i18n.ts';
import { overlayPacks } from '../lib/overlay-strings.ts';
import { loadedPart, loadPart } from './part-loader.ts';

/**
 * The overlay's parts (lib/overlay-parts.ts), each loaded on first use: its code once, its
 * strings once per language through the content script's import of the extension's files.
 */
describe('the overlay’s parts, each loaded on first use with its strings', () => {
  const imported = vi.fn<(path: string) => Promise<unknown>>();

  it('on the extension’s own pages (no import lent, every language at hand): the code only', async () => {
    const link = await loadPart('link', 'en');
    expect(typeof link.readLink).toBe('function');
    expect(loadedPart('link', 'de')).toBe(link);
  });

  it('on the portal: the part speaks a language once its pack is loaded, each file once', async () => {
    provideFileImport(imported);
    imported.mockImplementation((path) => {
      const [, part, language] = /^\/strings\/(entry|link)-(de|en|zh)\.js$/.exec(path)!;
      return Promise.resolve({
        default: overlayPacks(part as 'entry' | 'link')[language as 'de' | 'en' | 'zh'],
      });
    });
    expect(loadedPart('entry', 'de')).toBeUndefined();
    // Loaded before without strings: on the portal it waits for them too.
    expect(loadedPart('link', 'de')).toBeUndefined();
    const [entry, again] = await Promise.all([loadPart('entry', 'de'), loadPart('entry', 'de')]);
    expect(again).toBe(entry);
    expect(loadedPart('entry', 'de')).toBe(entry);
    expect(loadedPart('entry', 'zh')).toBeUndefined();
    expect(translator('de')('extension:title').length).toBeGreaterThan(0);
    await loadPart('entry', 'de');
    expect(imported.mock.calls).toEqual([['/strings/entry-de.js']]);
    // The link part's strings add to what the German translator speaks.
    expect(() => translator('de')('link:valid')).toThrow(/No de text/);
    await loadPart('link', 'de');
    expect(translator('de')('link:valid').length).toBeGreaterThan(0);
  });

  it('a pack that fails to load is tried again on the next call', async () => {
    const load = imported.getMockImplementation()!;
    imported.mockRejectedValueOnce(new Error('gone'));
    await expect(loadPart('entry', 'zh')).rejects.toThrow('gone');
    expect(loadedPart('entry', 'zh')).toBeUndefined();
    imported.mockImplementation(load);
    const entry = await loadPart('entry', 'zh');
    expect(loadedPart('entry', 'zh')).toBe(entry);
    expect(imported).toHaveBeenLastCalledWith('/strings/entry-zh.js');
  });
});
