import { expect } from '@playwright/test';
import { CUSTOMER_TENANT, GLOBAL, PARTNER_TENANT, VIANET } from './browser.ts';
import { LOCALE_SEGMENT, variantQuery, type Variant } from './variants.ts';

/**
 * The portal scenarios, written once and run in Chromium (Playwright: portal.spec.ts) and in
 * Firefox (puppeteer over WebDriver BiDi: firefox.spec.ts) on every markup variant. They use
 * only what both drivers offer the same way: code run in the page, waiting for a condition
 * in the page, mouse clicks at a point (a real hit-test) and typing on the keyboard.
 */
export interface Driver {
  goto(url: string): Promise<void>;
  evaluate<R, A>(fn: (arg: A) => R | Promise<R>, arg: A): Promise<R>;
  /** Resolves when `fn` returns a truthy value in the page. */
  waitFor<A>(fn: (arg: A) => unknown, arg: A): Promise<void>;
  click(x: number, y: number): Promise<void>;
  type(text: string): Promise<void>;
  back(): Promise<void>;
  forward(): Promise<void>;
  /** The extension's `runtime.id` in this browser (a page script can learn it from WXT's message). */
  runtimeId: string;
}

export interface Scenario {
  name: string;
  run(driver: Driver, variant: Variant): Promise<void>;
}

const ENTRY = 'csp-multichannel-guide';
const LINK = 'csp-multichannel-guide-link';

interface Target {
  /** Selector in the document; `host >>> inner` looks into the host's open shadow root. */
  selector: string;
}

/** The centre of an element (document or our shadow roots), or null when it is not shown. */
function centreOf({ selector }: Target): { x: number; y: number } | null {
  const [outer, inner] = selector.split(' >>> ');
  let element: Element | null | undefined = document.querySelector(outer!);
  if (inner) element = element?.shadowRoot?.querySelector(inner);
  const box = element?.getBoundingClientRect();
  if (!box || box.width === 0) return null;
  return { x: box.left + box.width / 2, y: box.top + box.height / 2 };
}

/** Scrolls an element into view (as a user scrolls to it) and returns its centre. */
function revealed({ selector }: Target): { x: number; y: number } | null {
  const [outer, inner] = selector.split(' >>> ');
  let element: Element | null | undefined = document.querySelector(outer!);
  if (inner) element = element?.shadowRoot?.querySelector(inner);
  element?.scrollIntoView({ block: 'nearest' });
  const box = element?.getBoundingClientRect();
  if (!box || box.width === 0) return null;
  return { x: box.left + box.width / 2, y: box.top + box.height / 2 };
}

/** Clicks the centre of an element as a user does (the browser hit-tests that point). */
export async function clickOn(
  driver: Pick<Driver, 'waitFor' | 'evaluate' | 'click'>,
  selector: string,
): Promise<void> {
  await driver.waitFor(centreOf, { selector });
  const point = await driver.evaluate(revealed, { selector });
  await driver.click(point!.x, point!.y);
}

/**
 * Whether the portal's element is what a click at its centre hits (nothing of ours covers
 * it). Shadow hosts of the extension count as covering.
 */
function hitsItself(selector: string): boolean {
  const element = document.querySelector(selector);
  const box = element?.getBoundingClientRect();
  if (!element || !box) return false;
  const hit = document.elementFromPoint(box.left + box.width / 2, box.top + box.height / 2);
  return hit !== null && (hit === element || element.contains(hit));
}

function pageUrl(variant: Variant, path: string, host = GLOBAL): string {
  const pcv = host === VIANET ? '/pcv' : '';
  return `${host}/${LOCALE_SEGMENT[variant.language]}${pcv}${path}?${variantQuery(variant)}`;
}

/**
 * The extension has looked at everything on the page so far: it explains the link of a
 * portal dialog put at the end of the page (it handles added nodes in order, once per frame).
 * For checks that something did not appear.
 */
async function extensionCaughtUp(driver: Driver): Promise<void> {
  await driver.evaluate(() => {
    const dialog = document.createElement('div');
    dialog.id = 'sentinel';
    dialog.setAttribute('role', 'dialog');
    // Hidden: an open panel would send the entry point aside.
    dialog.hidden = true;
    const field = document.createElement('textarea');
    field.readOnly = true;
    field.value =
      'https://admin.microsoft.com/Adminportal/Home?invType=ResellerRelationship&partnerId=3f2504e0-4f89-41d3-9a0c-0305e82c3301';
    dialog.append(field);
    document.body.append(dialog);
  }, undefined);
  await driver.waitFor((tag) => document.querySelector(`#sentinel ${tag}`), LINK);
  await driver.evaluate(() => document.querySelector('#sentinel')!.remove(), undefined);
}

const countOf = (driver: Driver, selector: string) =>
  driver.evaluate((s) => document.querySelectorAll(s).length, selector);

/** The customer list's company name that carries another partner's invitation link. */
export const companyNameWithLink = (driver: Pick<Driver, 'evaluate'>) =>
  driver.evaluate(
    () =>
      Array.from(document.querySelectorAll('[role="gridcell"]'))
        .map((cell) => cell.textContent ?? '')
        .find((text) => text.includes('invType')) ?? '',
    null,
  );

/** Which e-mail the help beside a link offers (`data-email-composer`), if any. */
const emailComposerOf = (driver: Driver, help: string) =>
  driver.evaluate(
    (s) =>
      document
        .querySelector(s)!
        .shadowRoot!.querySelector('[data-email-composer]')
        ?.getAttribute('data-email-composer'),
    help,
  );

async function openEntry(driver: Driver): Promise<void> {
  await driver.waitFor(
    (tag) => document.querySelector(tag)?.shadowRoot?.querySelector('.toggle'),
    ENTRY,
  );
  const open = await driver.evaluate(
    (tag) =>
      document
        .querySelector(tag)!
        .shadowRoot!.querySelector('.toggle')!
        .getAttribute('aria-expanded'),
    ENTRY,
  );
  // The entry point remembers its state: open it only when it is closed.
  if (open !== 'true') await clickOn(driver, `${ENTRY} >>> .toggle`);
  await driver.waitFor((tag) => document.querySelector(tag)?.hasAttribute('data-check'), ENTRY);
}

const rerender = (driver: Driver) =>
  driver.evaluate(
    () => (window as unknown as { __fixture: { rerender(): void } }).__fixture.rerender(),
    undefined,
  );

export const SCENARIOS: readonly Scenario[] = [
  {
    name: 'a customer page gets exactly one check, with a verdict once answered',
    async run(driver, variant) {
      await driver.goto(
        pageUrl(variant, `/dashboard/v2/customers/${CUSTOMER_TENANT}/subscriptions`),
      );
      await driver.waitFor((tag) => document.querySelector(tag), ENTRY);
      await openEntry(driver);
      expect(await countOf(driver, `${ENTRY}[data-check="customer"]`)).toBe(1);
      expect(await countOf(driver, `[data-check]`)).toBe(1);
      await driver.evaluate((tag) => {
        const root = document.querySelector(tag)!.shadowRoot!;
        for (const id of ['#cmg-check-origin', '#cmg-check-service']) {
          const select = root.querySelector<HTMLSelectElement>(id)!;
          select.selectedIndex = 1;
          select.dispatchEvent(new Event('change', { bubbles: true }));
        }
      }, ENTRY);
      await driver.waitFor(
        (tag) => document.querySelector(tag)?.getAttribute('data-status'),
        ENTRY,
      );
      expect(await countOf(driver, ENTRY)).toBe(1);
    },
  },
  {
    name: 'the link in the panel is explained inside the panel; typing works under the focus trap; the portal buttons stay clickable',
    async run(driver, variant) {
      await driver.goto(pageUrl(variant, '/dashboard/v2/customers/list'));
      await driver.waitFor(() => document.querySelectorAll('[role="row"]').length > 3, null);
      await driver.waitFor((tag) => document.querySelector(tag), ENTRY);
      // The command bar is never covered, not even by the open entry point.
      await openEntry(driver);
      expect(
        await driver.evaluate(
          () =>
            Array.from(document.querySelectorAll('[role="menuitem"]')).every((b) => {
              const box = b.getBoundingClientRect();
              const hit = document.elementFromPoint(
                box.left + box.width / 2,
                box.top + box.height / 2,
              );
              return hit === b || b.contains(hit);
            }),
          null,
        ),
      ).toBe(true);

      await clickOn(driver, '[data-command="request"]');
      const help = `[role="dialog"] ${LINK}`;
      await driver.waitFor(
        (s) => document.querySelector(s)?.getAttribute('data-link-kind') === 'reseller',
        help,
      );
      expect(
        await driver.evaluate((s) => {
          const host = document.querySelector(s)!;
          return {
            cloud: host.getAttribute('data-link-cloud'),
            dap: host.getAttribute('data-dap'),
            // Beside the text box, in the panel.
            besideField: Boolean(host.previousElementSibling?.querySelector('textarea')),
            open: host.shadowRoot?.mode,
          };
        }, help),
      ).toEqual({ cloud: 'global', dap: 'off', besideField: true, open: 'open' });
      expect(await countOf(driver, LINK)).toBe(1);

      // The entry point moved aside; the panel's buttons are what a click hits.
      await driver.waitFor(
        (tag) => document.querySelector(tag)?.shadowRoot?.querySelector('.panel.aside'),
        ENTRY,
      );
      for (const selector of [
        '[data-panel-action="copy"]',
        '[data-panel-action="close"]',
        '[role="dialog"] [aria-label]',
        '#include-dap',
        '[role="dialog"] textarea',
      ]) {
        expect(await driver.evaluate(hitsItself, selector), selector).toBe(true);
      }

      // The portal rewrites the text when the DAP box changes: the help follows.
      await clickOn(driver, '#include-dap');
      await driver.waitFor(
        (s) => document.querySelector(s)?.getAttribute('data-dap') === 'on',
        help,
      );

      // One e-mail story: the portal's draft as it is; ours only for another language.
      expect(await emailComposerOf(driver, help)).toBe('other-language');

      // The partner types into the help while the panel's focus trap is active.
      await clickOn(driver, `${help} >>> summary`);
      await clickOn(driver, `${help} >>> #cmg-panel-email-name`);
      await driver.type('Contoso Partner AG');
      await driver.waitFor(
        (s) =>
          document
            .querySelector(s)
            ?.shadowRoot?.querySelector<HTMLInputElement>('#cmg-panel-email-subject')
            ?.value.includes('Contoso Partner AG'),
        help,
      );
      expect(
        await driver.evaluate((s) => {
          const host = document.querySelector(s)!;
          return {
            focusStayed: document.activeElement === host,
            value: host.shadowRoot!.querySelector<HTMLInputElement>('#cmg-panel-email-name')!.value,
          };
        }, help),
      ).toEqual({ focusStayed: true, value: 'Contoso Partner AG' });
      expect(
        await driver.evaluate(
          (s) =>
            document
              .querySelector(s)!
              .shadowRoot!.querySelector<HTMLTextAreaElement>('#cmg-panel-email-body')!
              .value.includes('partnerId=3f2504e0-4f89-41d3-9a0c-0305e82c3301&msppId=0&DAP=true'),
          help,
        ),
      ).toBe(true);

      // A bad link is named with its error.
      await driver.evaluate(
        (url) =>
          (
            window as unknown as { __fixture: { rewriteLink(u: string): void } }
          ).__fixture.rewriteLink(url),
        `https://admin.rnicrosoft.com/Adminportal/Home?invType=ResellerRelationship&partnerId=${PARTNER_TENANT}`,
      );
      await driver.waitFor(
        (s) => document.querySelector(s)?.getAttribute('data-link-error') === 'untrusted-host',
        help,
      );
      expect(await countOf(driver, LINK)).toBe(1);

      // javascript: in front of a real link is refused here as in the paste checker.
      await driver.evaluate(
        (url) =>
          (
            window as unknown as { __fixture: { rewriteLink(u: string): void } }
          ).__fixture.rewriteLink(url),
        `javascript:fetch('//evil.example')//https://admin.microsoft.com/Adminportal/Home?invType=ResellerRelationship&partnerId=${PARTNER_TENANT}&msppId=0#/BillingAccounts/partner-invitation`,
      );
      await driver.waitFor(
        (s) => document.querySelector(s)?.getAttribute('data-link-error') === 'not-https',
        help,
      );

      // Close: the help goes with the panel, the entry point comes back.
      await clickOn(driver, '[data-panel-action="close"]');
      await driver.waitFor(
        (tag) =>
          !document.querySelector('[role="dialog"]') &&
          document.querySelector(tag)?.shadowRoot?.querySelector('.panel:not(.aside)'),
        ENTRY,
      );
      expect(await countOf(driver, LINK)).toBe(0);
    },
  },
  {
    name: 'nothing doubles after re-renders and soft navigation back and forth',
    async run(driver, variant) {
      await driver.goto(
        pageUrl(variant, `/dashboard/v2/customers/${CUSTOMER_TENANT}/subscriptions`),
      );
      await driver.waitFor((tag) => document.querySelector(tag), ENTRY);
      await openEntry(driver);
      for (let i = 0; i < 3; i++) await rerender(driver);
      await extensionCaughtUp(driver);
      expect(await countOf(driver, ENTRY)).toBe(1);
      expect(await countOf(driver, '[data-check]')).toBe(1);

      // Soft navigation to the customer list (the app's own link).
      await clickOn(driver, 'nav a:nth-child(2)');
      await driver.waitFor(
        (tag) => document.querySelector(tag)?.getAttribute('data-page-kind') === 'customer-list',
        ENTRY,
      );
      await clickOn(driver, '[data-command="request"]');
      await driver.waitFor((s) => document.querySelector(s), `[role="dialog"] ${LINK}`);
      await rerender(driver);
      await rerender(driver);
      await driver.waitFor((s) => document.querySelector(s), `[role="dialog"] ${LINK}`);
      await extensionCaughtUp(driver);
      expect(await countOf(driver, LINK)).toBe(1);
      expect(await countOf(driver, `[role="dialog"] ${LINK}`)).toBe(1);

      await driver.back();
      await driver.waitFor(
        (tag) => document.querySelector(tag)?.getAttribute('data-page-kind') === 'customer',
        ENTRY,
      );
      await extensionCaughtUp(driver);
      expect(await countOf(driver, ENTRY)).toBe(1);
      expect(await countOf(driver, LINK)).toBe(0);
      await driver.forward();
      await driver.waitFor(
        (tag) => document.querySelector(tag)?.getAttribute('data-page-kind') === 'customer-list',
        ENTRY,
      );
      // A portal page of no known kind keeps the entry point, without a page kind; an
      // address that is not an invitation gets no explanation.
      await clickOn(driver, 'nav a:nth-child(1)');
      await driver.waitFor(
        (tag) => !document.querySelector(tag)?.hasAttribute('data-page-kind'),
        ENTRY,
      );
      await extensionCaughtUp(driver);
      expect(await countOf(driver, ENTRY)).toBe(1);
      expect(await countOf(driver, LINK)).toBe(0);
    },
  },
  {
    name: 'a hostile page script changes no setting, copies nothing, opens no mail and switches nothing off',
    async run(driver, variant) {
      await driver.goto(pageUrl(variant, '/dashboard/v2/customers/list'));
      await driver.waitFor(() => document.querySelectorAll('[role="row"]').length > 3, null);
      await driver.waitFor(
        (tag) => document.querySelector(tag)?.shadowRoot?.querySelector('.toggle'),
        ENTRY,
      );
      // The page claims the owner attribute, sends WXT's "a newer copy started" event, and
      // clicks the entry point's button from script.
      await driver.evaluate(
        ({ id, tag }) => {
          document.documentElement.setAttribute('data-csp-multichannel-guide', 'page');
          document.dispatchEvent(
            new CustomEvent(`${id}:content:wxt:content-script-started`, {
              detail: { contentScriptName: 'content', messageId: 'page' },
            }),
          );
          document.querySelector(tag)!.shadowRoot!.querySelector<HTMLElement>('.toggle')!.click();
        },
        { id: driver.runtimeId, tag: ENTRY },
      );
      await clickOn(driver, '[data-command="request"]');
      const help = `[role="dialog"] ${LINK}`;
      await driver.waitFor(
        (s) => document.querySelector(s)?.shadowRoot?.querySelector('[data-own-ids-offer]'),
        help,
      );
      // In the help: a fake click on "Save as my IDs", fake typing of a company name.
      await driver.evaluate((s) => {
        const root = document.querySelector(s)!.shadowRoot!;
        root.querySelector<HTMLElement>('[data-own-ids-offer] .primary')!.click();
        const name = root.querySelector<HTMLInputElement>('#cmg-panel-email-name')!;
        name.value = 'Evil Partner Ltd';
        name.dispatchEvent(new Event('input', { bubbles: true }));
      }, help);
      await driver.waitFor(
        (s) =>
          document
            .querySelector(s)
            ?.shadowRoot?.querySelector<HTMLInputElement>('#cmg-panel-email-subject')
            ?.value.includes('Evil Partner Ltd'),
        help,
      );
      // Fake clicks on Copy e-mail, Copy link and the mailto link.
      const mailOpened = await driver.evaluate((s) => {
        const root = document.querySelector(s)!.shadowRoot!;
        for (const button of Array.from(
          root.querySelectorAll<HTMLElement>('[data-email-composer] button'),
        ))
          button.click();
        const mail = root.querySelector('[data-email-composer] a[href^="mailto:"]')!;
        return mail.dispatchEvent(new MouseEvent('click', { bubbles: true, cancelable: true }));
      }, help);
      expect(mailOpened).toBe(false);
      await extensionCaughtUp(driver);
      expect(
        await driver.evaluate(
          (s) =>
            document
              .querySelector(s)!
              .shadowRoot!.querySelector('[data-email-composer] [role="status"]')!.textContent,
          help,
        ),
      ).toBe('');

      // Still running, still closed, still its own: the attribute names the running copy again.
      expect(
        await driver.evaluate(
          (tag) => ({
            owner: document.documentElement.getAttribute('data-csp-multichannel-guide'),
            expanded: document
              .querySelector(tag)!
              .shadowRoot!.querySelector('.toggle')!
              .getAttribute('aria-expanded'),
          }),
          ENTRY,
        ),
      ).toEqual({ owner: expect.not.stringMatching(/^page$/), expanded: 'false' });

      // A fresh help after closing and reopening: nothing was saved.
      await clickOn(driver, '[data-panel-action="close"]');
      await clickOn(driver, '[data-command="request"]');
      await driver.waitFor(
        (s) => document.querySelector(s)?.shadowRoot?.querySelector('#cmg-panel-email-name'),
        help,
      );
      expect(
        await driver.evaluate((s) => {
          const host = document.querySelector(s)!;
          return {
            owner: host.getAttribute('data-link-owner'),
            offered: Boolean(host.shadowRoot!.querySelector('[data-own-ids-offer]')),
            name: host.shadowRoot!.querySelector<HTMLInputElement>('#cmg-panel-email-name')!.value,
          };
        }, help),
      ).toEqual({ owner: 'unknown', offered: true, name: expect.not.stringMatching(/Evil/) });
    },
  },
  {
    name: "whose link: the panel's own link is offered once and then says yours; a company name with another partner's link gets nothing until the partner pastes it, then a warning",
    async run(driver, variant) {
      await driver.goto(pageUrl(variant, '/dashboard/v2/customers/list'));
      await driver.waitFor(() => document.querySelectorAll('[role="row"]').length > 3, null);
      const name = await companyNameWithLink(driver);
      expect(name).toContain('Tailspin https://admin.microsoft.com/');
      // Never explained unasked.
      await extensionCaughtUp(driver);
      expect(await countOf(driver, LINK)).toBe(0);

      await clickOn(driver, '[data-command="request"]');
      const help = `[role="dialog"] ${LINK}`;
      await driver.waitFor(
        (s) => document.querySelector(s)?.shadowRoot?.querySelector('[data-own-ids-offer]'),
        help,
      );
      expect(
        await driver.evaluate(
          (s) => document.querySelector(s)!.getAttribute('data-link-owner'),
          help,
        ),
      ).toBe('unknown');
      await clickOn(driver, `${help} >>> [data-own-ids-offer] .primary`);
      await driver.waitFor(
        (s) => document.querySelector(s)?.getAttribute('data-link-owner') === 'self',
        help,
      );
      await clickOn(driver, '[data-panel-action="close"]');
      await driver.waitFor(() => !document.querySelector('[role="dialog"]'), null);

      // The partner asks: pastes the company name into the entry point's checker.
      await openEntry(driver);
      await clickOn(driver, `${ENTRY} >>> #cmg-link-paste`);
      await driver.type(name);
      await driver.waitFor(
        (tag) =>
          document
            .querySelector(tag)
            ?.shadowRoot?.querySelector('.link-checker .link-explanation')
            ?.getAttribute('data-link-owner') === 'other',
        ENTRY,
      );
      expect(
        await driver.evaluate(
          (tag) =>
            document
              .querySelector(tag)!
              .shadowRoot!.querySelectorAll('.link-checker [data-email-composer]').length,
          ENTRY,
        ),
      ).toBe(0);
    },
  },
  {
    name: "an indirect reseller's own panel link and a provider's panel naming a reseller are explained with the e-mail offered",
    async run(driver, variant) {
      const help = `[role="dialog"] ${LINK}`;
      for (const path of [
        '/dashboard/v2/indirect-providers/list',
        '/dashboard/v2/indirect-resellers/list',
      ]) {
        await driver.goto(pageUrl(variant, path));
        await driver.waitFor(() => document.querySelectorAll('[role="row"]').length > 1, null);
        await clickOn(driver, '[data-command="request"]');
        await driver.waitFor(
          (s) => document.querySelector(s)?.getAttribute('data-link-kind') === 'indirect-reseller',
          help,
        );
        expect(await emailComposerOf(driver, help), path).toBe('other-language');
        // The reseller's name in the panel is text, not a link: one explanation only.
        expect(await countOf(driver, LINK)).toBe(1);
      }
    },
  },
];

/** Run once per browser: a site that is not Partner Center, with the portal's very pages. */
export const OTHER_SITE: Scenario = {
  name: 'a site that is not Partner Center, with the same pages and links, gets nothing',
  async run(driver, variant) {
    await driver.goto(
      `https://example.com/${LOCALE_SEGMENT[variant.language]}/dashboard/v2/customers/list?${variantQuery(variant)}`,
    );
    await driver.waitFor(() => document.querySelectorAll('[role="row"]').length > 3, null);
    await clickOn(driver, '[data-command="request"]');
    await driver.waitFor(() => document.querySelector('[role="dialog"] textarea'), null);
    // Content scripts run at document_idle: after load and two frames it would have run.
    await driver.waitFor(() => document.readyState === 'complete', null);
    await driver.evaluate(
      () => new Promise((r) => requestAnimationFrame(() => requestAnimationFrame(r))),
      null,
    );
    expect(
      await driver.evaluate(
        () => document.documentElement.outerHTML.includes('csp-multichannel-guide'),
        null,
      ),
    ).toBe(false);
  },
};
