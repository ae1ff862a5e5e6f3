import { LinkHelp } from './LinkHelp.tsx';
import type { VNode } from 'preact';
import { renderToString } from 'preact-render-to-string';
import { describe, expect, it } from 'vitest';
import {
  CLOUDS,
  LANGUAGES,
  LINK_ERROR_CODES,
  OWNER_NEEDS,
  ROLES,
  allSituations,
  parseInvitationLink,
  type InvitationLink,
  type Language,
} from '../../core/index.ts';
import { typographyProblems } from '../../locales/typography.ts';
import { invitationEmail } from '../../locales/email.ts';
import { visibleText } from '../../site/src/lib/visible-text.ts';
import { GUIDE_URL } from '../lib/guide-url.ts';
import { addLanguagePacks, translator } from '../lib/i18n.ts';
import { overlayPacks } from '../lib/overlay-strings.ts';
import { provideSettingsStore } from '../lib/settings-store.ts';
import { readLink } from '../../ui/invitation/reading.ts';
import { DEFAULT_SETTINGS, SETTINGS_STORE } from '../lib/settings.ts';
import { OwnerNote } from '../../ui/invitation/OwnerNote.tsx';
import { extensionOwnerStrings } from './owner-strings.ts';
import { Check } from './Check.tsx';
import { InvitationHelper } from './InvitationHelper.tsx';
import { LinkSummary } from './LinkSummary.tsx';

// The strings the overlay's parts load on the portal (the open entry point's and the link
// explanation's): a key their packs lack fails here.
addLanguagePacks(overlayPacks('entry'));
addLanguagePacks(overlayPacks('link'));
provideSettingsStore(SETTINGS_STORE);

/**
 * Typography of the extension's rendered UI in German and Chinese (docs/style-de.md,
 * docs/style-zh.md): the check with every verdict and with open questions, the invitation
 * helper for every role with a valid and a broken link, every link error, and the customer
 * e-mail for every kind of link with a Latin and a Chinese company name. English is rendered
 * too, so a component that throws in one language is caught.
 */
const P = '0f1e2d3c-4b5a-6978-8796-a5b4c3d2e1f0';
const R = '9b1deb4d-3b7d-4bad-9bdd-2b0d7b3dcb6d';
const DIRECT = `https://admin.microsoft.com/Adminportal/Home?invType=ResellerRelationship&partnerId=${P}&msppId=0&DAP=true#/BillingAccounts/partner-invitation`;
const INDIRECT = `https://admin.microsoft.com/Adminportal/Home?invType=IndirectResellerRelationship&partnerId=${P}&msppId=4847383&indirectCSPId=${R}&DAP=false#/BillingAccounts/partner-invitation`;
const GDAP = `https://admin.microsoft.com/AdminPortal/Home#/partners/invitation/granularAdminRelationships/${R}`;
const VIANET = DIRECT.replace('admin.microsoft.com', 'portal.partner.microsoftonline.cn');
const BROKEN = [
  DIRECT.replace(`partnerId=${P}`, 'partnerId=nope'),
  'not a link',
  'http://admin.microsoft.com/',
];

function problemsIn(language: Language, html: string, where: string): string[] {
  const { blocks, attributes } = visibleText(
    `<html lang="${language}"><body>${html}</body></html>`,
  );
  return [...blocks, ...attributes].flatMap(({ text, lang }) =>
    typographyProblems(lang || language, text).map((p) => `${where}: ${p.rule}: “${p.excerpt}”`),
  );
}

function rendered(language: Language): { where: string; html: string }[] {
  const t = translator(language);
  const views: { where: string; view: VNode }[] = [];
  views.push({
    where: 'check, nothing answered',
    view: (
      <Check
        t={t}
        language={language}
        idPrefix="a"
        known={{}}
        ask={['cloud', 'origin', 'service', 'role']}
      />
    ),
  });
  for (const s of allSituations()) {
    views.push({
      where: `check ${Object.values(s).join('/')}`,
      view: (
        <Check
          t={t}
          language={language}
          idPrefix="b"
          known={{
            cloud: { value: s.cloud, from: 'page' },
            origin: { value: s.origin, from: 'options' },
            service: { value: s.service, from: 'page' },
            role: { value: s.role, from: 'options' },
          }}
          ask={[]}
          onOpenOptions={() => undefined}
        />
      ),
    });
  }
  for (const role of ROLES)
    for (const cloud of CLOUDS)
      for (const tenantId of [P, ''])
        views.push({
          where: `helper ${role} ${cloud} ${tenantId || 'no tenant ID'}`,
          view: (
            <InvitationHelper
              t={t}
              cloud={cloud}
              language={language}
              role={role}
              emailLanguage={language}
              own={{ tenantId }}
            />
          ),
        });
  // The help the portal's own panel gets beside its link, for every owner.
  for (const role of ROLES)
    for (const own of [{}, { tenantId: P }, { tenantId: R }, { partnerId: '4847383' }])
      for (const link of [DIRECT, INDIRECT, GDAP, VIANET, ...BROKEN])
        views.push({
          where: `panel help ${role} ${JSON.stringify(own)} ${link}`,
          view: (
            <LinkHelp
              reading={readLink(link, { ...own, role })}
              language={language}
              settings={{ ...DEFAULT_SETTINGS, role, ...own }}
              role={role}
              managed={new Set()}
              offerAnswered={false}
              ownLink
              emailLanguage={language}
              inDialog
            />
          ),
        });
  for (const owner of ['self', 'other', 'unknown'] as const)
    for (const needs of [undefined, ...OWNER_NEEDS])
      for (const link of links.filter((l) => l.kind !== 'gdap'))
        views.push({
          where: `owner ${owner} ${needs ?? ''} ${link.kind}`,
          view: (
            <OwnerNote
              link={link}
              owner={owner}
              needs={needs}
              strings={extensionOwnerStrings(t)}
              lang={language}
            />
          ),
        });
  for (const code of LINK_ERROR_CODES)
    views.push({
      where: `link error ${code}`,
      view: (
        <LinkSummary
          t={t}
          language={language}
          reading={{
            result: { ok: false, error: { code, message: code, parameter: 'partnerId' } },
            owner: undefined,
          }}
        />
      ),
    });
  return views.map(({ where, view }) => ({ where, html: renderToString(view) }));
}

const links = [DIRECT, INDIRECT, GDAP, VIANET].map((text) => {
  const result = parseInvitationLink(text);
  if (!result.ok) throw new Error(`sample link does not parse: ${text}`);
  return result.link;
});

function emailProblems(language: Language, link: InvitationLink, name: string): string[] {
  const email = invitationEmail(link, name, translator(language), GUIDE_URL);
  return [email.subject, ...email.body.split('\n')]
    .filter((line) => line !== link.url)
    .flatMap((line) =>
      typographyProblems(language, line).map(
        (p) => `e-mail ${link.kind} ${link.cloud} for ${name}: ${p.rule}: “${p.excerpt}”`,
      ),
    );
}

describe('typography of the extension UI', () => {
  for (const language of LANGUAGES) {
    it(`${language}: every view renders, and its text follows the style guide`, () => {
      const views = rendered(language);
      expect(views.length).toBeGreaterThan(100);
      for (const { html } of views) expect(html.length).toBeGreaterThan(0);
      expect(views.flatMap(({ where, html }) => problemsIn(language, html, where))).toEqual([]);
    });

    it(`${language}: the customer e-mail, with a Latin and a Chinese company name`, () => {
      const problems = links.flatMap((link) =>
        ['Contoso Ltd.', '星辰科技有限公司'].flatMap((name) => emailProblems(language, link, name)),
      );
      expect(problems).toEqual([]);
    });
  }

  it('a Chinese company name sits in Chinese text without spaces, a Latin one with them', () => {
    const direct = links[0]!;
    expect(
      invitationEmail(direct, '星辰科技有限公司', translator('zh'), GUIDE_URL).subject,
    ).toMatch(/^星辰科技有限公司希望/);
    expect(invitationEmail(direct, 'Contoso', translator('zh'), GUIDE_URL).subject).toMatch(
      /^Contoso 希望/,
    );
  });
});
