import { describe, expect, it } from 'vitest';
import { LANGUAGES, ROLE_STEPS, type Role } from '../../../core/index.ts';
import { nextStepKey } from '../../../locales/keys.ts';
import { tFor } from '../lib/i18n.ts';
import { quizProps } from './training.ts';

describe("the quiz: the source's answer and the card's role today", () => {
  for (const lang of LANGUAGES) {
    it(`${lang}: every card gives its role's steps today, the role's own where it has one`, () => {
      const props = quizProps(lang);
      for (const card of props.cards) {
        const role = card.id.split('.').at(-1) as Role;
        const keys = [...new Set(card.outcomes.map((o) => nextStepKey(o, role)))];
        expect(card.steps, card.id).toEqual(keys);
        for (const key of keys) expect(props.steps[key], key).toBe(tFor(lang)(key));
      }
    });
  }

  it("tells an indirect reseller to make its own invitation, not only the source's 'use your provider's invitation'", () => {
    const props = quizProps('en');
    const reseller = props.cards.filter(
      (c) =>
        c.id.endsWith('.indirect-reseller') &&
        c.outcomes.includes('reseller-forwards-provider-invitation'),
    );
    expect(reseller.length).toBeGreaterThan(0);
    expect(ROLE_STEPS['request-reseller-relationship']).toContain('indirect-reseller');
    for (const card of reseller) {
      const today = card.steps.map((key) => props.steps[key]).join(' ');
      expect(today, card.id).toMatch(/Invite new customers/);
    }
  });
});
