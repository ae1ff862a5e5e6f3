import { describe, expect, it } from 'vitest';
import { changeById } from '../core/changes.ts';
import { changeNote } from './change-notes.ts';
import { pageSource, pageSourceText } from './page-source.ts';
import { datedText } from './claims.ts';
import { translator } from './i18n.ts';

describe('change notes, finished for a reader', () => {
  const gdap = changeById('gdap-replaces-dap');

  it('dates a note by the style guides, with the German article only before a day', () => {
    expect(changeNote(translator('de'), gdap).text).toMatch(/^Seit dem 9\. Oktober 2023: /);
    expect(changeNote(translator('zh'), gdap).text).toMatch(/^自 2023 年 10 月 9 日起：/);
    const monthOnly = { date: '2023-05', basis: 'stated' as const };
    expect(datedText(translator('de'), 'Text', monthOnly)).toBe('Seit Mai 2023: Text');
    const byLatest = changeById('azure-plan-partner-transfer');
    expect(changeNote(translator('de'), byLatest).text).toMatch(/^Spätestens seit Juli 2020: /);
  });

  it('cites a page in another language as such, in one bracket with its date', () => {
    const source = { ...gdap.sources[0]!, language: 'en' as const, pageDate: '2020-10-01' };
    expect(pageSourceText(pageSource(translator('de'), source), 'de')).toBe(
      `${source.title} (englischsprachige Seite vom 1. Oktober 2020)`,
    );
    expect(pageSourceText(pageSource(translator('zh'), source), 'zh')).toBe(
      `${source.title}（英语页面，页面日期：2020 年 10 月 1 日）`,
    );
    const own = { ...source, language: 'de' as const };
    expect(pageSourceText(pageSource(translator('de'), own), 'de')).toBe(
      `${source.title} (Seite vom 1. Oktober 2020)`,
    );
  });
});
