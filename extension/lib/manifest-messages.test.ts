import { describe, expect, it } from 'vitest';
import { LANGUAGES } from '../../core/languages.ts';
import { resources } from '../../locales/resources.ts';
import { manifestMessages } from './manifest-messages.ts';

describe('localized manifest', () => {
  it('has one folder per product language, Simplified Chinese as the browsers name it', () => {
    const sets = manifestMessages();
    expect(sets.map((s) => s.language)).toEqual([...LANGUAGES]);
    expect(new Set(sets.map((s) => s.folder)).size).toBe(LANGUAGES.length);
    expect(sets.find((s) => s.language === 'zh')?.folder).toBe('zh_CN');
  });

  it("carries each language's own name and description, within the stores' limits", () => {
    for (const { folder, language, messages } of manifestMessages()) {
      const { common, extension } = resources[language];
      expect(messages.extName.message, folder).toBe(common.product.name);
      expect(messages.extDescription.message, folder).toBe(extension.manifest.description);
      expect(messages.extShortName.message.length, folder).toBeLessThanOrEqual(45);
      expect(messages.extDescription.message.length, folder).toBeLessThanOrEqual(132);
    }
    const zh = manifestMessages().find((s) => s.language === 'zh')!;
    expect(zh.messages.extDescription.message).toMatch(/合作伙伴中心/);
  });
});
