import { changesFor } from '../../../core/changes.ts';
import { evaluate } from '../../../core/evaluate.ts';
import type { Situation } from '../../../core/situation.ts';
import { t } from '../i18n.ts';
import { chooseOption } from '../choose-option.ts';
import { expect, test } from './fixtures.ts';
import { answerPopupCheck } from './popup-check.ts';

/**
 * The extension's check (popup here; the overlay renders the same component) shows what
 * changed since the source beside the seed's verdict, and role-specific steps.
 */
test('the check shows the new-commerce transfer note beside “wait or cancel”, linked to Microsoft', async ({
  page,
  context,
}) => {
  await answerPopupCheck(page, context, 'From another CSP partner');
  // The seed's verdict stays; the note stands beside it.
  await expect(page.locator('[data-outcome="wait-for-term-end-or-cancel"]')).toBeVisible();
  const note = page.locator('.change-note[data-change="new-commerce-license-transfer"]');
  await expect(note).toContainText(
    'Changed since the source: Subscriptions can move to another CSP partner',
  );
  await expect(note.locator('.claim')).toHaveAttribute('data-confirmation', 'confirmed');
  await expect(note.getByRole('link')).toHaveAttribute(
    'href',
    'https://learn.microsoft.com/en-us/partner-center/customers/transfer-subscriptions',
  );
});

test('an indirect reseller is told to make its own invitation, with the dated notes beside the seed verdict', async ({
  page,
  context,
}) => {
  await answerPopupCheck(page, context, 'Through an Enterprise Agreement (EA)');
  await chooseOption(page.getByLabel('What is your role in the CSP program?'), {
    label: 'Indirect reseller',
  });
  const request = page.locator('[data-outcome="request-reseller-relationship"]');
  // Today an indirect reseller makes its own invitation (the seed's verdict stays beside it).
  await expect(request).toContainText(
    t('en')('rules:roleStep.request-reseller-relationship.indirect-reseller.global'),
  );
  const situation: Situation = {
    cloud: 'global',
    origin: 'ea',
    service: 'license-based',
    role: 'indirect-reseller',
  };
  const expected = changesFor(evaluate(situation), [situation]).map((c) => c.id);
  await expect(page.locator('.change-note')).toHaveCount(expected.length);
  await expect(page.locator('.change-note[data-change="gdap-replaces-dap"]')).toContainText(
    'Since October 9, 2023: A reseller relationship no longer brings delegated admin privileges (DAP)',
  );
});
