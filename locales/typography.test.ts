import { describe, expect, it } from 'vitest';
import { chineseProblems, germanProblems, typographyProblems } from './typography.ts';
import { CONCEPTS } from './termbase.ts';
import { formatList, formatListAsLabel, formatShortList } from './text.ts';

const rules = (problems: { rule: string }[]) => problems.map((p) => p.rule);

describe('Chinese typography rules', () => {
  it.each([
    ['下一步: 联系客户', 'ASCII punctuation'],
    ['纸张大小: A4 纸', 'ASCII punctuation'],
    ['间接提供商, 间接经销商', 'ASCII punctuation'],
    ['步骤一; 步骤二', 'ASCII punctuation'],
    ['(64 张卡片)', 'ASCII bracket'],
    ['合作伙伴中心（全球） (来自此页面)', 'ASCII bracket'],
    ['顾问计划 (Advisor)', 'ASCII bracket'],
    ['星辰科技 希望', 'space between two Chinese'],
    ['更改 你对“问题”的回答', 'space between two Chinese'],
    ['错误： 请选择', 'space next to full-width'],
    ['正在搜索…', 'single ellipsis'],
    ['这是"链接"', 'straight quotation'],
    ['原文„Text“', 'German quotation'],
    ['已完成.', 'ASCII full stop'],
    ['客户收到的是哪种链接？：经销商关系邀请', 'colon after a question mark'],
    ['接受邀请的人不是全局管理员和Microsoft 客户协议尚未确认', 'list conjunction'],
    ['GDAP或经销商关系', 'list conjunction'],
    [
      '适用多渠道支持（在你作为顾问计划（Advisor）合作伙伴期间从你处购买 · 全球合作伙伴中心）',
      'brackets inside brackets',
    ],
  ])('flags %s', (text, rule) => {
    expect(rules(chineseProblems(text)).join(' | ')).toContain(rule);
  });

  it.each([
    '以 https://admin.microsoft.com/（全球）开头',
    '例如 Microsoft 365 或 Dynamics 365。',
    '请输入租户 ID：GUID 格式，例如 0f1e2d3c-4b5a-6978-8796-a5b4c3d2e1f0。',
    'DAP=true 表示邀请请求委派的管理权限。',
    '此类请求最长有效两年，若 90 天内未被接受则过期。',
    '基于使用情况的服务（Azure） → 来源文档未涵盖',
    '合作伙伴中心文档《多渠道》（德语版） · 日期：2016 年 11 月',
    '按键：→ 或 Page Down 下一张，← 或 Page Up 上一张',
    '已回答 3 / 10',
    '正在搜索……',
    'seed、count、topics',
    '客户收到的是哪种链接？经销商关系邀请',
    '链接被改动和 Microsoft 客户协议尚未确认',
    '适用多渠道支持 – 在你作为顾问计划（Advisor）合作伙伴期间从你处购买 · 基于使用情况的服务（Azure）',
  ])('accepts %s', (text) => {
    expect(chineseProblems(text)).toEqual([]);
  });
});

describe('German typography rules', () => {
  it.each([
    ['Wählen Sie "Kunden".', 'straight double'],
    ['Wählen Sie “Kunden”.', 'English'],
    ['Wählen Sie „Kunden”.', 'English closing'],
    ['Öffnen Sie „Kunden und wählen', 'unbalanced'],
    ['Nächster Schritt：Kunde', 'Chinese punctuation'],
    ['Welchen Link hat der Kunde bekommen?: Eine Einladung', 'colon after a question mark'],
    ['Wer es tun kann: Sie als Partner und Der Globale Administrator', 'capitalised article'],
    ['Mit einem anderen Konto angemeldet und Die Person, die', 'capitalised article'],
    ['Direkter Partner, Indirekter Anbieter oder Indirekter Reseller', 'capitalised adjective'],
    ['für lizenzbasierte und Nutzungsbasierte Dienste', 'capitalised adjective'],
  ])('flags %s', (text, rule) => {
    expect(rules(germanProblems(text)).join(' | ')).toContain(rule);
  });

  it.each([
    'Wählen Sie „Reseller-Beziehung anfordern“.',
    'Die Quelle schreibt „über einen anderen Kanal wie ‚Advisor‘“.',
    'Beginnt mit https://admin.microsoft.com/ (global).',
    'DAP=true bedeutet, dass die Einladung delegierte Administratorrechte anfordert.',
    'Welchen Link hat der Kunde bekommen? Eine Einladung zur Reseller-Beziehung',
    'Sie als Partner und der Globale Administrator des Kunden',
    'Öffnen Sie „Kunden“ und „Die Einstellungen“.',
    'Direkter Partner, indirekter Anbieter oder indirekter Reseller',
    'Globales Partner Center · Lizenzbasierte Dienste · Indirekter Anbieter',
    'Öffnen Sie „Kunden“, „Indirekte Anbieter“ oder „Neue Kunden einladen“.',
  ])('accepts %s', (text) => {
    expect(germanProblems(text)).toEqual([]);
  });
});

describe('lists and templates in the reader’s language', () => {
  it('lists with the language’s own conjunction and separators', () => {
    expect(formatList('zh', ['间接提供商', '间接经销商'])).toBe('间接提供商和间接经销商');
    // Intl.ListFormat writes `和Microsoft`; the style guide asks for a space beside Latin.
    expect(formatList('zh', ['链接被改动', 'Microsoft 客户协议尚未确认'])).toBe(
      '链接被改动和 Microsoft 客户协议尚未确认',
    );
    expect(formatList('zh', ['GDAP', '经销商关系', 'Azure'], 'disjunction')).toBe(
      'GDAP、经销商关系或 Azure',
    );
    expect(formatShortList('zh', ['8 张幻灯片', '14 张卡片'])).toBe('8 张幻灯片、14 张卡片');
    expect(formatList('de', ['A', 'B', 'C'], 'disjunction')).toBe('A, B oder C');
    expect(formatShortList('zh', ['5 张幻灯片', '30 张卡片'])).toBe('5 张幻灯片、30 张卡片');
  });

  it('sets a list of running-text terms where a label stands: only its first letter capitalised', () => {
    const roles = {
      de: ['direkter Partner', 'indirekter Anbieter', 'indirekter Reseller'],
      en: ['direct partner', 'indirect provider', 'indirect reseller'],
      zh: ['直接合作伙伴', '间接提供商', '间接经销商'],
    };
    expect(formatListAsLabel('de', roles.de, 'disjunction')).toBe(
      'Direkter Partner, indirekter Anbieter oder indirekter Reseller',
    );
    expect(formatListAsLabel('en', roles.en, 'disjunction')).toBe(
      'Direct partner, indirect provider, or indirect reseller',
    );
    expect(formatListAsLabel('zh', roles.zh, 'disjunction')).toBe(
      '直接合作伙伴、间接提供商或间接经销商',
    );
    expect(germanProblems(formatListAsLabel('de', roles.de, 'disjunction'))).toEqual([]);
    expect(formatListAsLabel('de', [])).toBe('');
  });
});

describe('the termbase', () => {
  it('refuses a forbidden variant and names the term to use', () => {
    expect(rules(typographyProblems('de', 'Akzeptieren Sie den Microsoft-Kundenvertrag.'))).toEqual(
      [
        'termbase mca: “Microsoft-Kundenvertrag” is not our term; use “Microsoft-Kundenvereinbarung”',
      ],
    );
    expect(rules(typographyProblems('zh', '授予委派的管理权限（DAP）'))[0]).toMatch(
      /委派管理员权限/,
    );
    expect(typographyProblems('zh', '授予委派管理员权限（DAP）')).toEqual([]);
  });

  it('every concept has a term in de, en and zh, and a decided Chinese DAP term with its page', () => {
    for (const concept of CONCEPTS)
      for (const language of ['de', 'en', 'zh'] as const) {
        expect(concept[language].term, `${concept.id} ${language}`).not.toBe('');
        expect(concept[language].forbidden).not.toContain(concept[language].term);
      }
    const dap = CONCEPTS.find((c) => c.id === 'dap')!;
    expect(dap.zh.source).toMatch(/^https:\/\/learn\.microsoft\.com\/zh-cn\//);
    expect(dap.zh.decision).toBeTruthy();
  });
});
