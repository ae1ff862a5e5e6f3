import { describe, expect, it } from 'vitest';
import { LANGUAGES, roleStepKey, type Cloud, type Role } from '../../../core/index.ts';
import { nextStepKey } from '../../../locales/keys.ts';
import { tFor } from '../lib/i18n.ts';
import { quizProps } from './training.ts';

describe("the quiz: the source's answer and the card's role today", () => {
  for (const lang of LANGUAGES) {
    it(`${lang}: every card gives its role's steps today, the role's own where it has one`, () => {
      const props = quizProps(lang);
      for (const card of props.cards) {
        const role = card.id.split('.').at(-1) as Role;
        const cloud = card.id.split('.')[0] as Cloud;
        const keys = [...new Set(card.outcomes.map((o) => nextStepKey(o, { role, cloud })))];
        expect(card.steps, card.id).toEqual(keys);
        for (const key of keys) expect(props.steps[key], key).toBe(tFor(lang)(key));
      }
    });
  }

  it("tells an indirect reseller to make its own invitation in the global Partner Center, not only the source's 'use your provider's invitation'", () => {
    const props = quizProps('en');
    const reseller = (cloud: Cloud) =>
      props.cards.filter(
        (c) =>
          c.id.startsWith(`${cloud}.`) &&
          c.id.endsWith('.indirect-reseller') &&
          c.outcomes.includes('reseller-forwards-provider-invitation'),
      );
    expect(reseller('global').length).toBeGreaterThan(0);
    expect(
      roleStepKey('request-reseller-relationship', 'indirect-reseller', 'global'),
    ).toBeDefined();
    for (const card of reseller('global')) {
      const today = card.steps.map((key) => props.steps[key]).join(' ');
      expect(today, card.id).toMatch(/Invite new customers/);
    }
    // 21Vianet: the provider's invitation; the global menu is not named there.
    expect(reseller('21vianet').length).toBeGreaterThan(0);
    for (const card of reseller('21vianet')) {
      const today = card.steps.map((key) => props.steps[key]).join(' ');
      expect(today, card.id).not.toMatch(/Invite new customers|global/);
      expect(today, card.id).toMatch(/provider/);
    }
  });
});
