import { describe, expect, it } from 'vitest';
import { formatClock, formatDate, formatNumber, localIsoDate } from './format.ts';
import { asTemplate, fillParts, fillText } from './template.ts';
import { translator } from './i18n.ts';

const tpl = asTemplate;

describe('filling templates (the one place that knows placeholders)', () => {
  it('puts a space only where Latin script or digits meet Chinese', () => {
    const template = tpl('{{partnerName}}希望成为您的 Microsoft 云合作伙伴');
    expect(fillText(template, { partnerName: '星辰科技有限公司' }, 'zh')).toBe(
      '星辰科技有限公司希望成为您的 Microsoft 云合作伙伴',
    );
    expect(fillText(template, { partnerName: 'Contoso Ltd.' }, 'zh')).toBe(
      'Contoso Ltd. 希望成为您的 Microsoft 云合作伙伴',
    );
    expect(fillText(tpl('此致\n{{partnerName}}'), { partnerName: 'Contoso' }, 'zh')).toBe(
      '此致\nContoso',
    );
    expect(fillText(tpl('感谢{{partnerName}}。'), { partnerName: 'Contoso' }, 'zh')).toBe(
      '感谢 Contoso。',
    );
    expect(fillText(tpl('请求将在{{days}}天后过期'), { days: 90 }, 'zh')).toBe(
      '请求将在 90 天后过期',
    );
    expect(fillText(tpl('自{{date}}起'), { date: formatDate('2023-05-22', 'zh') }, 'zh')).toBe(
      '自 2023 年 5 月 22 日起',
    );
  });

  it('leaves other languages’ spacing to the template', () => {
    expect(fillText(tpl('{{partnerName}} asks'), { partnerName: '星辰科技' }, 'en')).toBe(
      '星辰科技 asks',
    );
    expect(fillText(tpl('nach {{days}} Tagen'), { days: 1000 }, 'de')).toBe('nach 1.000 Tagen');
  });

  it('splits a template into text and rich parts in the template’s order', () => {
    expect(fillParts(tpl('{{label}}：{{text}}'), { label: 1n, text: 2n }, 'zh')).toEqual([
      1n,
      '：',
      2n,
    ]);
    expect(fillParts(tpl('{{text}} ({{note}})'), { text: 'a', note: 'b' }, 'en')).toEqual([
      'a',
      ' (',
      'b',
      ')',
    ]);
  });

  it('refuses a template whose placeholder has no value, naming it', () => {
    expect(() => fillText(tpl('{{label}}: {{text}}'), { label: 'x' }, 'en')).toThrow(
      /No value for \{\{text\}\}.*Given: label/,
    );
  });

  it('a translator refuses a text with placeholders but no values, and gives its template', () => {
    const t = translator('en');
    expect(() => t('changes:sourceLine')).toThrow(/\{\{source\}\}.*t\.template/);
    expect(t.template('changes:sourceLine')).toBe('Source: {{source}}');
    expect(t('changes:sourceLine', { source: 'x' })).toBe('Source: x');
  });
});

describe('dates and numbers by the style guides', () => {
  it('writes a day and a month in each language', () => {
    expect(formatDate('2023-05-22', 'en')).toBe('May 22, 2023');
    expect(formatDate('2023-05-22', 'de')).toBe('22. Mai 2023');
    expect(formatDate('2023-05-22', 'zh')).toBe('2023 年 5 月 22 日');
    expect(formatDate('2020-07-29', 'de', 'month')).toBe('Juli 2020');
    expect(formatDate('2018-10', 'zh')).toBe('2018 年 10 月');
    expect(formatNumber(1000, 'de')).toBe('1.000');
  });

  it("takes today's date in the reader's own time zone, not in UTC", () => {
    // 00:30 on 1 March where the reader is: still 28 February in UTC east of Greenwich.
    expect(localIsoDate(new Date(2024, 2, 1, 0, 30))).toBe('2024-03-01');
    expect(localIsoDate(new Date(2024, 11, 31, 23, 59))).toBe('2024-12-31');
    expect(formatDate(localIsoDate(new Date(2026, 10, 30)), 'zh')).toBe('2026 年 11 月 30 日');
  });

  it('shows a span of time as hours, minutes and seconds', () => {
    expect(formatClock((12 * 60 + 5) * 1000, 'en')).toBe('00:12:05');
    expect(formatClock(-1000, 'de')).toBe('00:00:00');
  });

  it('refuses what is not an ISO date, saying what is allowed', () => {
    expect(() => formatDate('22.05.2023', 'de')).toThrow(/YYYY-MM-DD or YYYY-MM/);
  });
});
