import { expect } from '@playwright/test';
import { CUSTOMER_TENANT, GLOBAL, PARTNER_TENANT, VIANET } from './browser.ts';
import { t } from '../i18n.ts';
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
  /** Presses one key (a name such as `ArrowDown`, or with modifiers: `Shift+Tab`) on the focused element. */
  press(key: string): Promise<void>;
  back(): Promise<void>;
  forward(): Promise<void>;
  /** The extension's `runtime.id` in this browser (a page script can learn it from WXT's message). */
  runtimeId: string;
  /** How many tabs show one of the extension's own pages (the options page). */
  extensionTabs(): Promise<number>;
  /** What the extension's storage holds, read in an open extension page (none open: an error). */
  extensionStorage(): Promise<ExtensionStorage>;
  /**
   * The partner presses the extension's keyboard shortcut (Alt+Shift+M) on this tab: the
   * browser runs the extension's command, which passes it to the tab's content script.
   * Synthesized keys never reach the browser's own shortcuts, so the drivers run the command
   * from the extension's side (Chromium: its background's listener; Firefox: from an open
   * add-on page, which must be open first).
   */
  shortcut(): Promise<void>;
  /**
   * Runs `open` (the partner's action that makes the extension open a tab, such as the entry
   * point's settings button) and returns the tab it opened, in front, as a driver.
   */
  nextTab(open: () => Promise<void>): Promise<TabDriver>;
  /** Brings this tab to the front again (the partner goes back to the portal's tab). */
  front(): Promise<void>;
}

/** Another tab (the options page), driven the same way. */
export type TabDriver = Pick<Driver, 'evaluate' | 'waitFor' | 'click' | 'type' | 'press'>;

/** The extension's `storage.local` and `storage.sync`, as they are. */
export interface ExtensionStorage {
  local: Record<string, unknown>;
  sync: Record<string, unknown>;
}

/** Reads the storage in an extension page (`browser` in Firefox, `chrome` in Chromium). */
export function readExtensionStorage(): Promise<ExtensionStorage> {
  type Area = { get(keys: null): Promise<Record<string, unknown>> };
  const api =
    (globalThis as unknown as { browser?: { storage: Record<string, Area> } }).browser ??
    (globalThis as unknown as { chrome: { storage: Record<string, Area> } }).chrome;
  return Promise.all([api.storage.local!.get(null), api.storage.sync!.get(null)]).then(
    ([local, sync]) => ({ local, sync }),
  );
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

/**
 * Whether an element is shown and its box is the one it had when last asked (a frame ago while
 * waiting): it is not moving, as a panel does while it slides in. `call` keeps each wait's boxes
 * apart.
 */
function steady({ selector, call }: Target & { call: string }): boolean {
  const [outer, inner] = selector.split(' >>> ');
  let element: Element | null | undefined = document.querySelector(outer!);
  if (inner) element = element?.shadowRoot?.querySelector(inner);
  const box = element?.getBoundingClientRect();
  if (!box || box.width === 0) return false;
  const boxes = ((window as unknown as { __steadyBoxes?: Map<string, string> }).__steadyBoxes ??=
    new Map());
  const now = [box.left, box.top, box.width, box.height].join(' ');
  const before = boxes.get(call);
  boxes.set(call, now);
  return before === now;
}

let clicks = 0;

/**
 * Clicks the centre of an element as a user does, once it stands still (the browser hit-tests
 * that point).
 */
export async function clickOn(
  driver: Pick<Driver, 'waitFor' | 'evaluate' | 'click'>,
  selector: string,
): Promise<void> {
  await driver.waitFor(steady, { selector, call: `${selector} #${++clicks}` });
  const point = await driver.evaluate(revealed, { selector });
  await driver.click(point!.x, point!.y);
}

/**
 * The portal's panel has slid in: the element holding its focus trap runs no animation (the
 * imitation's panel keeps its slide-in transform in some variants). What a partner waits for
 * before aiming at it.
 */
const panelSlidIn = (driver: Pick<Driver, 'waitFor'>) =>
  driver.waitFor(
    () =>
      document
        .querySelector('[data-focus-trap-zone]')
        ?.getAnimations()
        .every((animation) => animation.playState === 'finished'),
    null,
  );

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

/** The customer list, loaded with its grid of customers (the grid comes late in some variants). */
async function openCustomerList(driver: Driver, variant: Variant): Promise<void> {
  await driver.goto(pageUrl(variant, '/dashboard/v2/customers/list'));
  await driver.waitFor(() => document.querySelectorAll('[role="row"]').length > 3, null);
}

/**
 * A complete reseller link (an offer is made only for a link that reads as valid), as a page
 * script puts it in a read-only text box.
 */
const PAGE_MADE_LINK =
  'https://admin.microsoft.com/Adminportal/Home?invType=ResellerRelationship&partnerId=3f2504e0-4f89-41d3-9a0c-0305e82c3301&msppId=0#/BillingAccounts/partner-invitation';

/**
 * Adds, as a page script, a dialog (`role="dialog"`, modal or not, hidden or drawn) with a
 * read-only text box holding a link, at the end of the page, and returns its selector.
 */
function addPageDialog(
  driver: Driver,
  { id, modal, hidden }: { id: string; modal: boolean; hidden: boolean },
): Promise<string> {
  return driver
    .evaluate(
      ({ id, modal, hidden, link }) => {
        const dialog = document.createElement('div');
        dialog.id = id;
        dialog.setAttribute('role', 'dialog');
        if (modal) dialog.setAttribute('aria-modal', 'true');
        dialog.hidden = hidden;
        dialog.style.cssText =
          'position:fixed;top:40px;right:0;width:360px;background:#fff;z-index:1000000';
        const field = document.createElement('textarea');
        field.readOnly = true;
        field.rows = 4;
        field.value = `Dear customer,\n\n${link}\n`;
        dialog.append(field);
        document.body.append(dialog);
      },
      { id, modal, hidden, link: PAGE_MADE_LINK },
    )
    .then(() => `#${id}`);
}

/** Whether the explanation in a dialog is drawn (its reading's attributes are set) and offers the IDs. */
const explanationIn = (driver: Driver, dialog: string) =>
  driver.evaluate(
    ({ dialog, tag }) => {
      const host = document.querySelector(`${dialog} ${tag}`);
      return host?.hasAttribute('data-link-kind')
        ? { offered: Boolean(host.shadowRoot?.querySelector('[data-own-ids-offer]')) }
        : undefined;
    },
    { dialog, tag: LINK },
  );

/**
 * The extension has looked at everything on the page so far: it explains the link of a
 * dialog put at the end of the page (it handles added nodes in order, once per frame), and
 * has drawn that explanation. For checks that something did not appear. The dialog is
 * hidden, so that no panel counts as open (the entry point stays where it is), and it is a
 * page script's, so it never gets the IDs offer: every wait checks that too.
 */
async function extensionCaughtUp(driver: Driver): Promise<void> {
  const sentinel = await addPageDialog(driver, { id: 'sentinel', modal: true, hidden: true });
  await driver.waitFor(
    ({ dialog, tag }) => document.querySelector(`${dialog} ${tag}`)?.hasAttribute('data-link-kind'),
    { dialog: sentinel, tag: LINK },
  );
  expect(await explanationIn(driver, sentinel), 'a hidden page-made dialog').toEqual({
    offered: false,
  });
  await driver.evaluate((s) => document.querySelector(s)!.remove(), sentinel);
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

/** The company name the partner types in the hostile scenario. */
const PARTNER_NAME = 'Fabrikam Partner GmbH';

/** The e-mail a help's composer shows: its language, as written and as picked, and its text. */
function emailShown(help: string): { lang: string | null; picked: string; body: string } {
  const root = document.querySelector(help)!.shadowRoot!;
  const body = root.querySelector<HTMLTextAreaElement>('[data-email-composer] textarea[lang]');
  return {
    lang: body?.getAttribute('lang') ?? null,
    picked: root.querySelector<HTMLSelectElement>('[data-email-composer] select')!.value,
    body: body?.value ?? '',
  };
}

/** An invitation link the partner received and checks (the partner's tenant, no DAP). */
const OWN_PANEL_LINK = `https://admin.microsoft.com/Adminportal/Home?invType=ResellerRelationship&partnerId=${PARTNER_TENANT}&msppId=0&DAP=false#/BillingAccounts/partner-invitation`;

/** A stranger's link with a company name: what a hostile script types everywhere. */
const HOSTILE_TEXT =
  'Evil Partner Ltd https://admin.microsoft.com/Adminportal/Home?invType=ResellerRelationship&partnerId=7c9e6679-7425-40de-944b-e07fc1f90ae7&msppId=0';

/**
 * What a hostile page script does to every control it finds in one of our shadow roots: types
 * into every field that takes text (with faked events and with the browser's editing command),
 * picks another option in every select, submits every form, clicks every button, summary and
 * mail link, presses Enter and Escape.
 * Links to public pages (the guide, troubleshooting) are left out: a page can open those
 * itself. Returns what it drove, the fields that still show its text, and whether the mail
 * link's default action (opening the mail program) went through.
 */
function fakeEverything({ host, text }: { host: string; text: string }): {
  fields: number;
  selects: number;
  clicked: number;
  kept: string[];
  mailOpened: boolean;
} {
  const root = document.querySelector(host)!.shadowRoot!;
  const fake = (target: EventTarget, type: string) =>
    target.dispatchEvent(new Event(type, { bubbles: true, cancelable: true, composed: true }));
  const key = (target: EventTarget, name: string) =>
    target.dispatchEvent(
      new KeyboardEvent('keydown', { key: name, bubbles: true, cancelable: true, composed: true }),
    );
  const kept: string[] = [];
  const fields = Array.from(
    root.querySelectorAll<HTMLInputElement | HTMLTextAreaElement>('input, textarea'),
  ).filter((field) => !field.readOnly && !field.disabled);
  for (const field of fields) {
    field.focus();
    field.value = text;
    fake(field, 'input');
    fake(field, 'change');
    key(field, 'Enter');
    // The editing command makes a trusted input event, but not the partner's beforeinput.
    field.select();
    document.execCommand('insertText', false, text);
    if (field.value === text) kept.push(field.id || field.name);
  }
  const selects = Array.from(root.querySelectorAll('select'));
  for (const select of selects) {
    const before = select.selectedIndex;
    select.selectedIndex = (before + 1) % select.options.length;
    const picked = select.value;
    fake(select, 'input');
    fake(select, 'change');
    if (select.value === picked) kept.push(select.id);
  }
  // Faked submits, and requestSubmit (a trusted submit: the form acts on its fields' state).
  for (const form of Array.from(root.querySelectorAll('form'))) {
    fake(form, 'submit');
    form.requestSubmit();
  }
  let mailOpened = false;
  const clickable = Array.from(
    root.querySelectorAll<HTMLElement>('button, summary, a[href^="mailto:"]'),
  );
  for (const control of clickable) {
    if (!control.isConnected) continue;
    const opened = control.dispatchEvent(
      new MouseEvent('click', { bubbles: true, cancelable: true, composed: true }),
    );
    if (control.matches('a[href^="mailto:"]') && opened) mailOpened = true;
  }
  key(root.querySelector('.panel') ?? root.firstElementChild ?? root, 'Escape');
  return {
    fields: fields.length,
    selects: selects.length,
    clicked: clickable.length,
    kept,
    mailOpened,
  };
}

/** The script found at least these controls, and none of its values stayed in a field. */
function expectDroveAll(
  drove: ReturnType<typeof fakeEverything>,
  least: { fields: number; selects: number; clicked: number },
): void {
  for (const kind of ['fields', 'selects', 'clicked'] as const)
    expect(drove[kind], kind).toBeGreaterThanOrEqual(least[kind]);
  expect(drove.kept, 'fields still showing the script’s value').toEqual([]);
}

/** The portal panel's own controls: what a click at their centre hits is never ours. */
const PORTAL_PANEL_CONTROLS = [
  '[data-panel-action="copy"]',
  '[data-panel-action="close"]',
  '[role="dialog"] textarea',
  '#include-dap',
];

/**
 * Whether the entry point's box overlaps the portal's panel (the element holding its focus
 * trap): the entry point waits beside the panel, never over its controls.
 */
function entryOverPanel(tag: string): boolean {
  const entry = document.querySelector(tag)?.shadowRoot?.querySelector('.panel');
  const panel = document.querySelector('[data-focus-trap-zone]');
  if (!entry || !panel) return true;
  const a = entry.getBoundingClientRect();
  const b = panel.getBoundingClientRect();
  return a.left < b.right && b.left < a.right && a.top < b.bottom && b.top < a.bottom;
}

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
      // The partner answers with the keyboard (a script's change events count for nothing).
      for (const id of ['#cmg-check-origin', '#cmg-check-service']) {
        await driver.evaluate(
          ({ tag, select }) =>
            document.querySelector(tag)!.shadowRoot!.querySelector<HTMLElement>(select)!.focus(),
          { tag: ENTRY, select: id },
        );
        await driver.press('ArrowDown');
      }
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
      await openCustomerList(driver, variant);
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
      await panelSlidIn(driver);
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
    name: 'a hostile page script changes no setting, no answer and no e-mail, copies nothing, opens nothing, and cannot lock the entry point shut',
    async run(driver, variant) {
      await openCustomerList(driver, variant);
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

      // The help beside the panel's link: the partner opens the e-mail in another language,
      // then the script drives every control in it.
      await clickOn(driver, '[data-command="request"]');
      const help = `[role="dialog"] ${LINK}`;
      await driver.waitFor(
        (s) => document.querySelector(s)?.shadowRoot?.querySelector('[data-own-ids-offer]'),
        help,
      );
      await clickOn(driver, `${help} >>> summary`);
      await driver.waitFor(
        (s) => document.querySelector(s)?.shadowRoot?.querySelector('#cmg-panel-email-name'),
        help,
      );
      // The partner types a company name with real keys (over one remembered from before):
      // the e-mail appears, in the language shown.
      await clickOn(driver, `${help} >>> #cmg-panel-email-name`);
      await driver.evaluate(
        (s) =>
          document
            .querySelector(s)!
            .shadowRoot!.querySelector<HTMLInputElement>('#cmg-panel-email-name')!
            .select(),
        help,
      );
      await driver.type(PARTNER_NAME);
      await driver.waitFor(
        ({ s, name }) =>
          document
            .querySelector(s)
            ?.shadowRoot?.querySelector<HTMLTextAreaElement>('[data-email-composer] textarea[lang]')
            ?.value.includes(name),
        { s: help, name: PARTNER_NAME },
      );
      const began = await driver.evaluate(emailShown, help);
      expect(began.lang).toBeTruthy();

      // The page cancels the partner's next keystroke in the name (capture on window runs
      // before us), then, a task later, runs the editing command there: refused.
      await driver.evaluate(() => {
        window.addEventListener(
          'beforeinput',
          (event) => {
            if (event.isTrusted) event.preventDefault();
          },
          { capture: true, once: true },
        );
      }, null);
      await driver.type('X');
      const afterCommand = await driver.evaluate(async (s) => {
        await new Promise((resolve) => setTimeout(resolve, 0));
        const field = document
          .querySelector(s)!
          .shadowRoot!.querySelector<HTMLInputElement>('#cmg-panel-email-name')!;
        field.focus();
        document.execCommand('insertText', false, ' Evil Partner Ltd');
        return field.value;
      }, help);
      expect(afterCommand).toBe(PARTNER_NAME);
      expect(await driver.evaluate(emailShown, help)).toEqual(began);

      const inHelp = await driver.evaluate(fakeEverything, { host: help, text: HOSTILE_TEXT });
      // Found: the composer's name and language, both Copy buttons, the mail link, the offer.
      expectDroveAll(inHelp, { fields: 1, selects: 1, clicked: 4 });
      expect(inHelp.mailOpened).toBe(false);
      await extensionCaughtUp(driver);
      expect(
        await driver.evaluate((s) => {
          const host = document.querySelector(s)!;
          const root = host.shadowRoot!;
          return {
            owner: host.getAttribute('data-link-owner'),
            offered: Boolean(root.querySelector('[data-own-ids-offer]')),
            copied: root.querySelector('[data-email-composer] [role="status"]')!.textContent,
            // What the partner would copy or send: the e-mail, as shown.
            email: Array.from(
              root.querySelectorAll<HTMLInputElement | HTMLTextAreaElement>(
                '[data-email-composer] input, [data-email-composer] textarea',
              ),
            )
              .map((field) => field.value)
              .join('\n'),
          };
        }, help),
      ).toEqual({
        owner: 'unknown',
        offered: true,
        copied: '',
        email: expect.not.stringMatching(/Evil/),
      });
      // The e-mail the partner began: the same language and text, nothing of the script's.
      const kept = await driver.evaluate(emailShown, help);
      expect(kept).toEqual(began);
      expect(kept.body).not.toMatch(/Evil/);

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
      await clickOn(driver, '[data-panel-action="close"]');

      // On the indirect resellers list the page adds a dialog of its own (a chat widget, or a
      // 1-pixel element): the entry point moves aside, and the script's click opens nothing,
      // but the partner's own click does.
      await driver.goto(pageUrl(variant, '/dashboard/v2/indirect-resellers/list'));
      await driver.waitFor(() => document.querySelectorAll('[role="row"]').length > 1, null);
      await driver.evaluate(() => {
        const widget = document.createElement('div');
        widget.setAttribute('role', 'dialog');
        widget.style.cssText = 'position:fixed;top:0;left:0;width:1px;height:1px';
        document.body.append(widget);
      }, null);
      await driver.waitFor(
        (tag) => document.querySelector(tag)?.shadowRoot?.querySelector('.panel.aside'),
        ENTRY,
      );
      await driver.evaluate(
        (tag) =>
          document.querySelector(tag)!.shadowRoot!.querySelector<HTMLElement>('.toggle')!.click(),
        ENTRY,
      );
      await extensionCaughtUp(driver);
      expect(
        await driver.evaluate(
          (tag) =>
            document
              .querySelector(tag)!
              .shadowRoot!.querySelector('.toggle')!
              .getAttribute('aria-expanded'),
          ENTRY,
        ),
      ).toBe('false');
      await clickOn(driver, `${ENTRY} >>> .toggle`);
      await driver.waitFor((tag) => document.querySelector(tag)?.hasAttribute('data-check'), ENTRY);
      await driver.waitFor(
        (tag) => document.querySelector(tag)?.shadowRoot?.querySelector('.builder'),
        ENTRY,
      );

      // Every control of the open entry point: the check's questions (the role is the page's,
      // so no "From your options" button), the settings button, the paste checker, the reseller
      // link builder, close, Escape.
      const inEntry = await driver.evaluate(fakeEverything, { host: ENTRY, text: HOSTILE_TEXT });
      expectDroveAll(inEntry, { fields: 4, selects: 2, clicked: 3 });
      await extensionCaughtUp(driver);
      expect(
        await driver.evaluate((tag) => {
          const host = document.querySelector(tag)!;
          const root = host.shadowRoot!;
          return {
            expanded: root.querySelector('.toggle')!.getAttribute('aria-expanded'),
            verdict: host.getAttribute('data-status'),
            explained: root.querySelectorAll('.link-explanation, [data-email-composer]').length,
            // A submit builds from the partner's own (empty) fields only: no link at all.
            built: root.querySelectorAll('[data-built]').length,
            evil: root.innerHTML.includes('Evil'),
          };
        }, ENTRY),
      ).toEqual({ expanded: 'true', verdict: null, explained: 0, built: 0, evil: false });
      // The script's clicks on "From your options" and the settings button opened no tab.
      expect(await driver.extensionTabs()).toBe(0);

      // The partner's own click opens the options page; the storage holds nothing the script
      // typed or answered.
      await clickOn(driver, `${ENTRY} >>> .icon-button`);
      await expect.poll(() => driver.extensionTabs()).toBe(1);
      const stored = await driver.extensionStorage();
      expect(JSON.stringify(stored)).not.toMatch(/Evil|7c9e6679/);
      expect(stored.local['partnerName']).toBe(PARTNER_NAME);
      expect(stored.local['ownIdsOfferAnswered']).toBeUndefined();
      // Not the panel link's IDs either (the offer's "Save as my IDs").
      expect(JSON.stringify(stored.sync)).not.toContain(PARTNER_TENANT);
      // The partner's own last word on the entry point: open.
      expect(stored.local['overlayCollapsed']).toBe(false);
    },
  },
  {
    name: "the IDs offer only in a drawn modal panel the partner opened with a command: not in a page script's own panel, not in a hidden dialog or a panel after the partner's click on page text",
    async run(driver, variant) {
      await openCustomerList(driver, variant);
      await driver.waitFor((tag) => document.querySelector(tag), ENTRY);

      // No action of the partner on this page yet: a drawn modal panel the page adds itself.
      const pageMade = await addPageDialog(driver, { id: 'page-made', modal: true, hidden: false });
      await extensionCaughtUp(driver);
      expect(await explanationIn(driver, pageMade), 'a page-made panel').toEqual({
        offered: false,
      });
      await driver.evaluate((s) => document.querySelector(s)!.remove(), pageMade);

      // The partner's own command that opens nothing (the command bar's Export), then a
      // hidden modal dialog: hidden, so still no offer.
      await clickOn(driver, '[data-command="request"] + [role="menuitem"]');
      const hidden = await addPageDialog(driver, { id: 'page-hidden', modal: true, hidden: true });
      await extensionCaughtUp(driver);
      expect(await explanationIn(driver, hidden), 'a hidden dialog').toEqual({ offered: false });
      await driver.evaluate((s) => document.querySelector(s)!.remove(), hidden);

      // The partner's click on page text (the header), not on a command, then a drawn modal
      // panel the page adds: not the partner's.
      await clickOn(driver, 'header');
      const afterText = await addPageDialog(driver, {
        id: 'page-after-text',
        modal: true,
        hidden: false,
      });
      await extensionCaughtUp(driver);
      expect(await explanationIn(driver, afterText), 'a panel after a click on text').toEqual({
        offered: false,
      });
      await driver.evaluate((s) => document.querySelector(s)!.remove(), afterText);

      // The partner's own click on the portal's command: its panel gets the offer (the IDs
      // are not saved yet: the next scenario saves them).
      await clickOn(driver, '[data-command="request"]');
      await driver.waitFor(
        (s) => document.querySelector(s)?.shadowRoot?.querySelector('[data-own-ids-offer]'),
        `[role="dialog"][aria-modal="true"] ${LINK}`,
      );
    },
  },
  {
    name: "whose link: the panel's own link is offered once and then says yours; a company name with another partner's link gets nothing until the partner pastes it, then a warning",
    async run(driver, variant) {
      await openCustomerList(driver, variant);
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
      // By keyboard: Space on "Save as my IDs". The answered buttons go; focus goes to the
      // help's title, still inside the panel, and the status region (there all along) says so.
      await driver.evaluate(
        (s) =>
          document
            .querySelector(s)!
            .shadowRoot!.querySelector<HTMLElement>('[data-own-ids-offer] .primary')!
            .focus(),
        help,
      );
      await driver.type(' ');
      await driver.waitFor(
        (s) => document.querySelector(s)?.getAttribute('data-link-owner') === 'self',
        help,
      );
      await driver.waitFor(
        (s) =>
          document.querySelector(s)?.shadowRoot?.querySelector('[data-own-ids-answer="saved"]')
            ?.textContent,
        help,
      );
      expect(
        await driver.evaluate((s) => {
          const host = document.querySelector(s)!;
          return {
            focusInHelp: document.activeElement === host,
            focused: host.shadowRoot!.activeElement?.className,
            offer: Boolean(host.shadowRoot!.querySelector('[data-own-ids-offer]')),
            // The verdict of the partner's own link: the owner note says "yours".
            ownerNote: host
              .shadowRoot!.querySelector('[data-owner-note]')
              ?.getAttribute('data-owner-note'),
            ownerText: host.shadowRoot!.querySelector('[data-owner-note]')?.textContent,
          };
        }, help),
      ).toEqual({
        focusInHelp: true,
        focused: 'link-help-title',
        offer: false,
        ownerNote: 'self',
        ownerText: expect.stringContaining(t(variant.language)('link:owner.self')),
      });
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
      // A warning in the partner's language, with no e-mail to send.
      expect(
        await driver.evaluate((tag) => {
          const checker = document.querySelector(tag)!.shadowRoot!.querySelector('.link-checker')!;
          return {
            composers: checker.querySelectorAll('[data-email-composer]').length,
            warning: checker.querySelector('[data-owner-note="other"]')?.textContent,
          };
        }, ENTRY),
      ).toEqual({
        composers: 0,
        warning: expect.stringContaining(t(variant.language)('link:owner.other')),
      });
    },
  },
  {
    name: "a panel with a read-only company name carrying another partner's link, and a read-only grid, gets neither an explanation nor an offer",
    async run(driver, variant) {
      await openCustomerList(driver, variant);
      await clickOn(driver, '[data-command="details"]');
      await driver.waitFor(
        () =>
          document
            .querySelector<HTMLInputElement>('[role="dialog"] #details-name')
            ?.value.includes('invType=ResellerRelationship'),
        null,
      );
      expect(
        await driver.evaluate(
          () => document.querySelector('[role="dialog"] [role="grid"]')?.textContent ?? '',
          null,
        ),
      ).toContain('https://admin.microsoft.com/');
      await extensionCaughtUp(driver);
      expect(await countOf(driver, LINK)).toBe(0);
      expect(
        await driver.evaluate(
          (tag) =>
            Array.from(document.querySelectorAll(tag)).some((host) =>
              host.shadowRoot?.querySelector('[data-own-ids-offer], [data-link-kind]'),
            ),
          `${ENTRY}, ${LINK}`,
        ),
      ).toBe(false);
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
  {
    name: 'with a portal panel open (flat, or keeping a transform and clipping), the entry point stays whole in the window beside the panel and opens, checks and closes by mouse and keyboard',
    async run(driver, variant) {
      await openCustomerList(driver, variant);
      await clickOn(driver, '[data-command="request"]');
      await driver.waitFor(
        (s) => document.querySelector(s)?.hasAttribute('data-link-kind'),
        `[role="dialog"] ${LINK}`,
      );
      // The panel has slid in (the partner looks at it from now on), the entry point waits aside.
      await panelSlidIn(driver);
      await driver.waitFor(
        (tag) => document.querySelector(tag)?.shadowRoot?.querySelector('.panel.aside.collapsed'),
        ENTRY,
      );
      // The variant's panel as drawn: with a transform kept and its overflow clipped, or flat.
      const kept = variant.panelTransform === 'kept';
      expect(
        await driver.evaluate(() => {
          const panel = getComputedStyle(document.querySelector('[data-focus-trap-zone]')!);
          return { transform: panel.transform !== 'none', clips: panel.overflowX === 'hidden' };
        }, null),
      ).toEqual({ transform: kept, clips: kept });
      // Each a function of its own: the page runs each alone.
      const placement = async () => {
        const covered: string[] = [];
        for (const control of PORTAL_PANEL_CONTROLS)
          if (!(await driver.evaluate(hitsItself, control))) covered.push(control);
        return {
          whole: await driver.evaluate(entryShownWhole, ENTRY),
          overPanel: await driver.evaluate(entryOverPanel, ENTRY),
          covered,
        };
      };
      const apart = { whole: true, overPanel: false, covered: [] };
      expect(await placement(), 'collapsed').toEqual(apart);

      // Opened with the mouse: whole, beside the panel, each of its controls what a click hits.
      await clickOn(driver, `${ENTRY} >>> .toggle`);
      await driver.waitFor((tag) => document.querySelector(tag)?.hasAttribute('data-check'), ENTRY);
      expect(await placement(), 'open').toEqual(apart);

      // The check, answered with the keyboard from its button.
      for (const question of ['#cmg-check-origin', '#cmg-check-service']) {
        await tabTo(driver, ENTRY, question);
        await driver.press('ArrowDown');
      }
      await driver.waitFor(
        (tag) => document.querySelector(tag)?.hasAttribute('data-status'),
        ENTRY,
      );

      // Closed with the mouse, opened with Enter, closed with Escape: the panel stays open.
      await clickOn(driver, `${ENTRY} >>> .toggle`);
      await driver.waitFor(focusedOn, { host: ENTRY, inner: '.toggle[aria-expanded="false"]' });
      await driver.press('Enter');
      await driver.waitFor(focusedOn, { host: ENTRY, inner: '.toggle[aria-expanded="true"]' });
      expect(await placement(), 'open again').toEqual(apart);
      await driver.press('Escape');
      await driver.waitFor(focusedOn, { host: ENTRY, inner: '.toggle[aria-expanded="false"]' });
      expect(await countOf(driver, '[role="dialog"]')).toBe(1);
      expect(await placement(), 'closed again').toEqual(apart);
    },
  },
];

/** Whether the focus is on `inner` inside the open shadow root of `host`. */
export function focusedOn({ host, inner }: { host: string; inner: string }): boolean {
  const root = document.querySelector(host)?.shadowRoot;
  return document.activeElement === root?.host && root.activeElement?.matches(inner) === true;
}

/** Presses Tab until `inner` (in the host's shadow root) has the focus, as a keyboard user does. */
export async function tabTo(
  driver: Pick<Driver, 'evaluate' | 'press'>,
  host: string,
  inner: string,
  limit = 40,
): Promise<void> {
  for (let i = 0; i < limit; i++) {
    if (await driver.evaluate(focusedOn, { host, inner })) return;
    await driver.press('Tab');
  }
  const focused = await driver.evaluate(() => {
    let active = document.activeElement;
    while (active?.shadowRoot?.activeElement) active = active.shadowRoot.activeElement;
    return active ? `${active.localName}#${active.id}.${active.className}` : 'nothing';
  }, null);
  throw new Error(`${inner} not reached with ${limit} presses of Tab; the focus is on ${focused}.`);
}

/** Boxes of the portal panel's own controls: they must not move when the entry point joins. */
const panelLayout = (driver: Driver) =>
  driver.evaluate(
    () =>
      Array.from(
        document.querySelectorAll(
          '[role="dialog"] button, [role="dialog"] textarea, [role="dialog"] [role="status"]',
        ),
      ).map((e) => {
        const box = e.getBoundingClientRect();
        return [e.localName, box.left, box.top, box.width, box.height].join(' ');
      }),
    null,
  );

/**
 * Whether the open entry point is on screen as a whole, and each of its controls, scrolled to
 * as a partner scrolls its body, is what a click at its centre hits (nothing covers it: not the
 * portal's panel, not its overlay).
 */
function entryShownWhole(tag: string): boolean {
  const host = document.querySelector(tag);
  const root = host?.shadowRoot;
  const panel = root?.querySelector('.panel');
  if (!host || !root || !panel) return false;
  const box = panel.getBoundingClientRect();
  if (box.left < 0 || box.top < 0 || box.right > innerWidth || box.bottom > innerHeight)
    return false;
  return Array.from(
    root.querySelectorAll<HTMLElement>('.bar button, select, #cmg-link-paste'),
  ).every((control) => {
    control.scrollIntoView({ block: 'nearest' });
    const c = control.getBoundingClientRect();
    const x = c.left + c.width / 2;
    const y = c.top + c.height / 2;
    return (
      document.elementFromPoint(x, y) === host && control.contains(root.elementFromPoint(x, y))
    );
  });
}

/**
 * The partner opens the entry point with the keyboard shortcut while a portal panel with a
 * focus trap is open (the trap pulls back every focus that leaves the panel): the entry point
 * joins the panel's layer, so it takes the focus, the check is answered and a link typed by
 * keyboard, the panel's own layout stays as it was, and after the panel closes the entry point
 * is back in the page and still works. Run once per browser (portal.spec.ts, firefox.spec.ts).
 */
export const ENTRY_OVER_TRAPPING_PANEL: Scenario = {
  name: "the entry point opened by the shortcut over a panel's focus trap takes the focus, the check and the paste-a-link checker work by keyboard, and it stays usable after the panel closes",
  async run(driver, variant) {
    await openCustomerList(driver, variant);
    // The partner opens the options page from the entry point (Firefox runs the shortcut's
    // command from there), then closes the entry point with the shortcut.
    await openEntry(driver);
    await clickOn(driver, `${ENTRY} >>> .icon-button`);
    await expect.poll(() => driver.extensionTabs()).toBe(1);
    await driver.shortcut();
    await driver.waitFor(
      (tag) =>
        document.querySelector(tag)?.shadowRoot?.querySelector('.toggle[aria-expanded="false"]'),
      ENTRY,
    );

    // "Request a reseller relationship": the panel opens, traps the focus, and the entry point
    // waits aside, closed.
    await clickOn(driver, '[data-command="request"]');
    await driver.waitFor(
      (s) => document.querySelector(s)?.getAttribute('data-link-kind') === 'reseller',
      `[role="dialog"] ${LINK}`,
    );
    await driver.waitFor(
      (tag) => document.querySelector(tag)?.shadowRoot?.querySelector('.panel.aside.collapsed'),
      ENTRY,
    );
    await panelSlidIn(driver);
    const layout = await panelLayout(driver);

    // The shortcut opens it beside the panel, with the focus on its button.
    await driver.shortcut();
    await driver.waitFor((tag) => document.querySelector(tag)?.hasAttribute('data-check'), ENTRY);
    await driver.waitFor(focusedOn, { host: ENTRY, inner: '.toggle' });
    expect(await driver.evaluate(entryShownWhole, ENTRY)).toBe(true);
    // The portal's panel is laid out as before, and its trap still holds the focus.
    expect(await panelLayout(driver)).toEqual(layout);

    // The check, answered with the arrow keys.
    for (const question of ['#cmg-check-origin', '#cmg-check-service']) {
      await tabTo(driver, ENTRY, question);
      const before = await driver.evaluate(
        ({ tag, q }) =>
          document.querySelector(tag)!.shadowRoot!.querySelector<HTMLSelectElement>(q)!.value,
        { tag: ENTRY, q: question },
      );
      await driver.press('ArrowDown');
      await driver.waitFor(
        ({ tag, q, was }) =>
          document.querySelector(tag)?.shadowRoot?.querySelector<HTMLSelectElement>(q)?.value !==
          was,
        { tag: ENTRY, q: question, was: before },
      );
    }
    await driver.waitFor((tag) => document.querySelector(tag)?.hasAttribute('data-status'), ENTRY);

    // The paste-a-link checker, reached with Tab: a link typed key by key is explained.
    await tabTo(driver, ENTRY, '#cmg-link-paste');
    await driver.type(OWN_PANEL_LINK);
    await driver.waitFor(
      (tag) =>
        document
          .querySelector(tag)
          ?.shadowRoot?.querySelector('.link-checker .link-explanation')
          ?.getAttribute('data-link-kind') === 'reseller',
      ENTRY,
    );
    expect(await driver.evaluate(focusedOn, { host: ENTRY, inner: '#cmg-link-paste' })).toBe(true);
    expect(
      await driver.evaluate(
        () => document.querySelector('[role="dialog"]')?.contains(document.activeElement),
        null,
      ),
    ).toBe(true);

    // The panel closes: the entry point is back in the page, open, with what the partner typed.
    await clickOn(driver, '[data-panel-action="close"]');
    await driver.waitFor(
      (tag) =>
        !document.querySelector('[role="dialog"]') &&
        document.querySelector(tag)?.parentElement === document.body &&
        document
          .querySelector(tag)
          ?.shadowRoot?.querySelector('.panel:not(.aside):not(.collapsed)'),
      ENTRY,
    );
    expect(await countOf(driver, ENTRY)).toBe(1);
    expect(
      await driver.evaluate(
        (tag) =>
          document
            .querySelector(tag)!
            .shadowRoot!.querySelector<HTMLTextAreaElement | HTMLInputElement>('#cmg-link-paste')!
            .value,
        ENTRY,
      ),
    ).toBe(OWN_PANEL_LINK);
    // And it still works: a click and the keyboard change the check's answer, the shortcut
    // closes it.
    await clickOn(driver, `${ENTRY} >>> .toggle`);
    await clickOn(driver, `${ENTRY} >>> .toggle`);
    await tabTo(driver, ENTRY, '#cmg-check-service');
    const service = () =>
      driver.evaluate(
        (tag) =>
          document
            .querySelector(tag)
            ?.shadowRoot?.querySelector<HTMLSelectElement>('#cmg-check-service')?.value,
        ENTRY,
      );
    const before = await service();
    await driver.press('ArrowDown');
    await expect.poll(service).not.toBe(before);

    // Over the panel again: Escape in the open entry point closes the entry point only; on
    // its closed button, Escape reaches the panel, which closes.
    await clickOn(driver, '[data-command="request"]');
    await driver.waitFor(
      (tag) => document.querySelector(tag)?.shadowRoot?.querySelector('.panel.aside.collapsed'),
      ENTRY,
    );
    await driver.shortcut();
    await driver.waitFor(focusedOn, { host: ENTRY, inner: '.toggle[aria-expanded="true"]' });
    await driver.press('Escape');
    await driver.waitFor(focusedOn, { host: ENTRY, inner: '.toggle[aria-expanded="false"]' });
    expect(await countOf(driver, '[role="dialog"]')).toBe(1);
    await driver.press('Escape');
    await driver.waitFor(() => !document.querySelector('[role="dialog"]'), null);

    // The shortcut opens and closes it in the page as before.
    await driver.shortcut();
    await driver.waitFor(focusedOn, { host: ENTRY, inner: '.toggle[aria-expanded="true"]' });
    await driver.shortcut();
    await driver.waitFor(
      (tag) =>
        document.querySelector(tag)?.shadowRoot?.querySelector('.toggle[aria-expanded="false"]'),
      ENTRY,
    );
  },
};

/**
 * Whether the saved settings hold this tenant ID ('' for none), read on the extension's own page
 * (`browser` in Firefox, `chrome` in Chromium).
 */
async function storedTenantIdIs(tenant: string): Promise<boolean> {
  const api = globalThis as unknown as Record<
    'browser' | 'chrome',
    { storage: { sync: { get(key: string): Promise<Record<string, unknown>> } } } | undefined
  >;
  const { settings } = await (api.browser ?? api.chrome)!.storage.sync.get('settings');
  return ((settings as { tenantId?: string } | undefined)?.tenantId ?? '') === tenant;
}

/**
 * "Request a reseller relationship" as a plain button outside any command bar or menu
 * (`PLAIN_COMMAND` in variants.ts; the real portal may move it). The panel it opens does not
 * count as opened by the partner (content/partner-opened.ts counts only commands of a bar or
 * menu), so the portal's link is explained, whose it is said as the rules say (unknown: no IDs
 * set), but the IDs are not offered. The partner sets the tenant ID in the options page instead,
 * and the link in the open panel then says it is theirs. Run once per browser, on a fresh
 * install's settings (portal.spec.ts, firefox.spec.ts).
 */
export const PANEL_FROM_PLAIN_COMMAND: Scenario = {
  name: "a panel opened by a command outside any command bar or menu: its link is explained, whose unknown, with no IDs offer; the tenant ID set in the options makes it the partner's",
  async run(driver, variant) {
    const help = `[role="dialog"] ${LINK}`;
    await openCustomerList(driver, variant);
    // The variant as drawn: the command is a button of no command bar, toolbar or menu.
    expect(
      await driver.evaluate(() => {
        const command = document.querySelector('[data-command="request"]')!;
        return {
          element: command.localName,
          role: command.getAttribute('role'),
          inBar: Boolean(command.closest('[role="menubar"], [role="toolbar"], [role="menu"]')),
        };
      }, null),
    ).toEqual({ element: 'button', role: null, inBar: false });

    const explained = () =>
      driver.evaluate((s) => {
        const host = document.querySelector(s)!;
        const root = host.shadowRoot!;
        return {
          kind: host.getAttribute('data-link-kind'),
          owner: host.getAttribute('data-link-owner'),
          note: root.querySelector('[data-owner-note]')?.getAttribute('data-owner-note'),
          offered: Boolean(root.querySelector('[data-own-ids-offer]')),
        };
      }, help);
    // The partner's click on the command, then (the panel closed) Enter on it: each panel's link
    // explained, whose it is unknown, and no offer.
    for (const how of ['click', 'Enter'] as const) {
      if (how === 'click') await clickOn(driver, '[data-command="request"]');
      else {
        await driver.evaluate(
          () => document.querySelector<HTMLElement>('[data-command="request"]')!.focus(),
          null,
        );
        await driver.press('Enter');
      }
      await driver.waitFor((s) => document.querySelector(s)?.hasAttribute('data-link-owner'), help);
      await extensionCaughtUp(driver);
      expect(await explained(), how).toEqual({
        kind: 'reseller',
        owner: 'unknown',
        note: 'unknown',
        offered: false,
      });
      if (how === 'click') {
        await clickOn(driver, '[data-panel-action="close"]');
        await driver.waitFor(() => !document.querySelector('[role="dialog"]'), null);
      }
    }

    // With the panel open, the partner opens the entry point beside it and its settings button:
    // the options page. Nothing was set or answered before (the offer was not left out for that).
    await clickOn(driver, `${ENTRY} >>> .toggle`);
    await driver.waitFor((tag) => document.querySelector(tag)?.hasAttribute('data-check'), ENTRY);
    const options = await driver.nextTab(() => clickOn(driver, `${ENTRY} >>> .bar .icon-button`));
    await options.waitFor(() => document.querySelector('#tenantId'), null);
    const before = await driver.extensionStorage();
    expect(before.local['ownIdsOfferAnswered']).toBeUndefined();
    expect(await options.evaluate(storedTenantIdIs, '')).toBe(true);
    // The partner types the tenant ID and leaves the field: saved.
    await clickOn(options, '#tenantId');
    await options.type(PARTNER_TENANT);
    await options.press('Tab');
    await options.waitFor(storedTenantIdIs, PARTNER_TENANT);

    // Back in the portal's tab: the link in the open panel is the partner's own now.
    await driver.front();
    await driver.waitFor(
      (s) => document.querySelector(s)?.getAttribute('data-link-owner') === 'self',
      help,
    );
    expect(await explained()).toEqual({
      kind: 'reseller',
      owner: 'self',
      note: 'self',
      offered: false,
    });
  },
};

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
