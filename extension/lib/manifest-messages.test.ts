import { describe, expect, it } from 'vitest';
import { manifestMessages } from './manifest-messages.ts';

describe('localized manifest', () => {
  it('has name and description in de, en and zh_CN from the shared locales, within store limits', () => {
    const sets = manifestMessages();
    expect(sets.map((s) => s.folder)).toEqual(['de', 'en', 'zh_CN']);
    for (const { folder, messages } of sets) {
      expect(messages.extName.message, folder).toBeTruthy();
      expect(messages.extShortName.message.length, folder).toBeLessThanOrEqual(45);
      expect(messages.extDescription.message.length, folder).toBeLessThanOrEqual(132);
    }
    expect(sets[2]!.messages.extDescription.message).toMatch(/合作伙伴中心/);
  });
});
