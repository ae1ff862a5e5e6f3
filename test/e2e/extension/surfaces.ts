import { axeViolationsWith, type PageRunner } from '../axe.ts';
import { contrastFindings } from '../contrast.ts';
import { CUSTOMER_TENANT, GLOBAL, HOST_TAG, PARTNER_TENANT } from './browser.ts';
import { clickOn, companyNameWithLink, focusedOn, tabTo, type Driver } from './scenarios.ts';

/**
 * Every state of every extension surface a partner meets, visited in one session per browser
 * and language, and looked at in each through a lens (axe; in forced colours, text and focus
 * outline contrast; both in Chromium and Firefox): the entry point collapsed (with the keyboard
 * focus on its button) and open with an answered check, the
 * paste-a-link checker with a refused link, another partner's link and the partner's own link
 * with its e-mail, the help in the portal's panel (explanation, IDs offer, e-mail) and with a
 * refused link, the indirect provider's link builder with its errors and a built link, the
 * options page, the popup, and the indirect reseller's helper.
 */
export interface SurfaceDriver extends Pick<
  Driver,
  'goto' | 'evaluate' | 'waitFor' | 'click' | 'type'
> {
  /** A key as the partner presses it (trusted input). */
  press(key: string): Promise<void>;
  /** The tab the add-on opens itself, as a driver (the options page after the settings button). */
  nextTab(open: () => Promise<void>): Promise<SurfaceDriver>;
  /** What is wrong on the surface, as readable lines: `host` a shadow host, else the page. */
  findings(where: string, host?: string): Promise<string[]>;
}

/** How a state is looked at: what is wrong there, as readable lines (`host` a shadow host, else the page). */
export type Lens = (page: PageRunner, where: string, host?: string) => Promise<string[]>;

/** axe's violations (WCAG 2.2 AA), inside the shadow host when given. */
export const AXE: Lens = (page, where, host) => axeViolationsWith(page, where, { include: host });

/** Text and focus outline contrast as drawn (test/e2e/contrast.ts): for forced colours. */
export const CONTRAST: Lens = contrastFindings;

const ENTRY = HOST_TAG;
const HELP = `[role="dialog"] ${HOST_TAG}-link`;
const OWN_LINK = `https://admin.microsoft.com/Adminportal/Home?invType=ResellerRelationship&partnerId=${PARTNER_TENANT}&msppId=0&DAP=false#/BillingAccounts/partner-invitation`;
const REFUSED_LINK = `javascript:fetch('//evil.example')//${OWN_LINK}`;

/** A selector inside a shadow host, in the form the scenarios' `clickOn` takes. */
const inside = (host: string, inner: string) => `${host} >>> ${inner}`;

function shadowHas([host, inner]: readonly [string, string]): boolean {
  return Boolean(document.querySelector(host)?.shadowRoot?.querySelector(inner));
}

const waitInside = (driver: Pick<SurfaceDriver, 'waitFor'>, host: string, inner: string) =>
  driver.waitFor(shadowHas, [host, inner] as const);

/** Focuses a control inside a shadow host (or the page) as a keyboard user's Tab would. */
const focus = (driver: Pick<SurfaceDriver, 'evaluate'>, host: string | undefined, inner: string) =>
  driver.evaluate(
    ([h, s]) => {
      const root = h ? document.querySelector(h)!.shadowRoot! : document;
      root.querySelector<HTMLElement>(s)!.focus();
    },
    [host, inner] as const,
  );

/** Picks an option of a select by keyboard (ArrowDown): `wanted`, or any with a value. */
async function pickByKeyboard(
  driver: SurfaceDriver,
  host: string | undefined,
  select: string,
  wanted: string | undefined,
): Promise<void> {
  await focus(driver, host, select);
  for (let i = 0; i < 6; i++) {
    await driver.press('ArrowDown');
    const value = await driver.evaluate(
      ([h, sel]) =>
        (h ? document.querySelector(h)!.shadowRoot! : document).querySelector<HTMLSelectElement>(
          sel,
        )!.value,
      [host, select] as const,
    );
    if (wanted === undefined ? value !== '' : value === wanted) return;
  }
  throw new Error(`${select} never reached ${wanted ?? 'a value'} by keyboard.`);
}

/** Types into the entry point's paste-a-link checker on a fresh load of `url`. */
async function pasteIntoChecker(driver: SurfaceDriver, url: string, text: string) {
  await driver.goto(url);
  await waitInside(driver, ENTRY, '#cmg-link-paste');
  await clickOn(driver, inside(ENTRY, '#cmg-link-paste'));
  await driver.type(text);
}

/**
 * Visits every state in `locale` (a portal address segment such as `en-us`), with the UI in
 * `language`, and returns all findings. Starts from a fresh install (no settings).
 */
export async function tourSurfaces(
  driver: SurfaceDriver,
  locale: string,
  language: string,
): Promise<string[]> {
  const found: string[] = [];
  const look = async (where: string, host?: string) =>
    found.push(...(await driver.findings(where, host)));
  const portal = (path: string) => `${GLOBAL}/${locale}/dashboard/v2${path}`;
  const customerPage = portal(`/customers/${CUSTOMER_TENANT}/subscriptions`);

  await driver.goto(customerPage);
  await waitInside(driver, ENTRY, '.toggle[aria-expanded="false"]');
  // Its button with the keyboard focus (back from the control before it), outline and all.
  await focus(driver, ENTRY, '.toggle');
  await driver.press('Shift+Tab');
  await driver.press('Tab');
  await waitInside(driver, ENTRY, '.toggle:focus-visible');
  await look('the entry point, collapsed, with the keyboard focus', ENTRY);

  await clickOn(driver, inside(ENTRY, '.toggle'));
  await waitInside(driver, ENTRY, '#cmg-check-origin');
  for (const select of ['#cmg-check-origin', '#cmg-check-service'])
    await pickByKeyboard(driver, ENTRY, select, undefined);
  await driver.waitFor((tag) => document.querySelector(tag)?.getAttribute('data-status'), ENTRY);
  await look('the entry point with the check answered', ENTRY);

  await pasteIntoChecker(driver, customerPage, REFUSED_LINK);
  await waitInside(driver, ENTRY, '.link-checker [role="alert"]');
  await look('the checker with a refused link', ENTRY);

  // The portal's panel: the help with its explanation, the offer of the IDs and the e-mail.
  await driver.goto(portal('/customers/list'));
  await driver.waitFor(() => document.querySelectorAll('[role="row"]').length > 3, null);
  await clickOn(driver, '[data-command="request"]');
  await waitInside(driver, HELP, '[data-own-ids-offer]');
  await clickOn(driver, inside(HELP, 'summary'));
  await waitInside(driver, HELP, 'details[open] [data-email-composer]');
  await look('the panel help with the explanation, the IDs offer and the e-mail', HELP);
  // The partner saves the panel's IDs as theirs, by keyboard: another partner's link is "other"
  // from now on.
  await focus(driver, HELP, '[data-own-ids-offer] .primary');
  await driver.press('Enter');
  await driver.waitFor(
    (help) => document.querySelector(help)?.getAttribute('data-link-owner') === 'self',
    HELP,
  );
  await driver.evaluate(
    (url) =>
      (window as unknown as { __fixture: { rewriteLink(u: string): void } }).__fixture.rewriteLink(
        url,
      ),
    OWN_LINK.replace('admin.microsoft.com', 'admin.rnicrosoft.com'),
  );
  await driver.waitFor(
    (help) => document.querySelector(help)?.hasAttribute('data-link-error'),
    HELP,
  );
  await look('the panel help with a refused link', HELP);

  // A company name carrying another partner's link, pasted into the checker: the warning.
  const otherName = await companyNameWithLink(driver);
  await pasteIntoChecker(driver, portal('/customers/list'), otherName);
  await waitInside(driver, ENTRY, '.link-checker [data-link-owner="other"]');
  await look("the checker with another partner's link", ENTRY);

  await pasteIntoChecker(driver, customerPage, OWN_LINK);
  await waitInside(driver, ENTRY, '.link-checker [data-link-owner="self"]');
  await waitInside(driver, ENTRY, '.link-checker [data-email-composer]');
  await look("the checker with the partner's own link and its e-mail", ENTRY);

  // The indirect provider's link builder: errors first, then a built link with its e-mail.
  await driver.goto(portal('/indirect-resellers/list'));
  await waitInside(driver, ENTRY, '[data-helper="indirect-provider"] .builder');
  await clickOn(driver, inside(ENTRY, '.builder .primary'));
  await waitInside(driver, ENTRY, '.builder [data-build-error]');
  await look("the indirect provider's link builder with errors", ENTRY);
  await clickOn(driver, inside(ENTRY, '#cmg-build-resellerTenantId'));
  await driver.type(CUSTOMER_TENANT);
  await clickOn(driver, inside(ENTRY, '#cmg-build-resellerPartnerId'));
  await driver.type('4847383');
  await clickOn(driver, inside(ENTRY, '.builder .primary'));
  await waitInside(driver, ENTRY, '[data-built]');
  await look("the indirect provider's link builder with a built link", ENTRY);

  // The extension's own pages, opened with the entry point's settings button.
  const options = await driver.nextTab(() => clickOn(driver, inside(ENTRY, '.bar .icon-button')));
  await options.waitFor(() => document.querySelector('#ui-language'), null);
  await pickByKeyboard(options, undefined, '#ui-language', language);
  await options.waitFor((lang) => document.documentElement.lang === lang, language);
  found.push(...(await options.findings('the options page')));
  await clickOn(options, 'input[value="indirect-reseller"]');
  // Saved (the extension page reads its own storage) before the page is left.
  await options.waitFor(async () => {
    // The extension's API on its own page (`browser` in Firefox, `chrome` in Chromium).
    const api = globalThis as unknown as Record<
      'browser' | 'chrome',
      { storage: { sync: { get(key: string): Promise<Record<string, unknown>> } } } | undefined
    >;
    const { settings } = await (api.browser ?? api.chrome)!.storage.sync.get('settings');
    return (settings as { role?: string } | undefined)?.role === 'indirect-reseller';
  }, null);
  await options.evaluate(() => location.assign('popup.html'), null);
  await options.waitFor(
    (lang) =>
      location.pathname === '/popup.html' &&
      document.documentElement.lang === lang &&
      document.querySelector('.popup h1'),
    language,
  );
  found.push(...(await options.findings('the popup')));

  // The indirect reseller's helper (the role just chosen).
  await driver.goto(customerPage);
  await waitInside(driver, ENTRY, '[data-helper="reseller"]');
  await look("the indirect reseller's helper", ENTRY);
  return found;
}

/**
 * The lens sees into the entry point's shadow root: a button without a name, put there, must be
 * found (so a tour that finds nothing has looked).
 */
export async function plantedFindings(driver: SurfaceDriver, locale: string): Promise<string[]> {
  await driver.goto(`${GLOBAL}/${locale}/dashboard/v2/customers/list`);
  await waitInside(driver, ENTRY, '.bar');
  await driver.evaluate((tag) => {
    const planted = document.createElement('button');
    planted.className = 'planted';
    document.querySelector(tag)!.shadowRoot!.querySelector('.bar')!.append(planted);
  }, ENTRY);
  return driver.findings('planted', ENTRY);
}

/** What a partner reaches and operates by keyboard: every control of a surface. */
const CONTROLS = 'button, select, input, textarea, summary, a[href]';

/** What a Tab walk found on a surface, each control described. */
export interface Walk {
  /** Controls of the surface that Tab never reached. */
  missed: string[];
  /** Controls that had the focus without a visible outline or with transparent text. */
  unseen: string[];
}

/**
 * Marks the surface's visible, enabled controls, then presses Tab until each had the focus (or
 * `limit` presses): what Tab never reached, and what had the focus without a visible outline or
 * whose text had no colour. `surface`: a host element with a shadow root, or undefined for the
 * whole page (popup, options).
 */
export async function tabWalk(
  driver: Pick<SurfaceDriver, 'evaluate' | 'press'>,
  surface: string | undefined,
  limit = 80,
): Promise<Walk> {
  const total = await driver.evaluate(
    ([selector, controls]) => {
      const root = selector ? document.querySelector(selector)!.shadowRoot! : document;
      let n = 0;
      for (const control of Array.from(root.querySelectorAll<HTMLElement>(controls))) {
        control.removeAttribute('data-kbd');
        const disabled = (control as HTMLButtonElement).disabled === true;
        if (disabled || control.getClientRects().length === 0) continue;
        if (control.closest('details:not([open])') && control.tagName !== 'SUMMARY') continue;
        const radio = control as HTMLInputElement;
        // A radio group is one Tab stop: its radios are reached with the arrow keys.
        control.setAttribute('data-kbd', radio.type === 'radio' ? `radio:${radio.name}` : `${n++}`);
      }
      return new Set(
        Array.from(root.querySelectorAll('[data-kbd]')).map((c) => c.getAttribute('data-kbd')),
      ).size;
    },
    [surface, CONTROLS] as const,
  );
  const reached = new Set<string>();
  const unseen = new Set<string>();
  for (let i = 0; i < limit && reached.size < total; i++) {
    await driver.press('Tab');
    const focused = await driver.evaluate(() => {
      let active = document.activeElement;
      while (active?.shadowRoot?.activeElement) active = active.shadowRoot.activeElement;
      if (!active) return undefined;
      const style = getComputedStyle(active);
      const transparent = /^rgba\(.*,\s*0\)$|^transparent$/.test(style.color);
      return {
        kbd: active.getAttribute('data-kbd'),
        name: `${active.tagName.toLowerCase()} "${active.getAttribute('aria-label') ?? active.textContent?.trim().slice(0, 40) ?? ''}"`,
        visible: style.outlineStyle !== 'none' && !transparent,
      };
    }, null);
    if (!focused?.kbd) continue;
    reached.add(focused.kbd);
    if (!focused.visible) unseen.add(focused.name);
  }
  const missed = await driver.evaluate(
    ([selector, seen]) => {
      const root = selector ? document.querySelector(selector)!.shadowRoot! : document;
      return Array.from(root.querySelectorAll<HTMLElement>('[data-kbd]'))
        .filter((c) => !seen.includes(c.getAttribute('data-kbd')!))
        .map(
          (c) =>
            `${c.tagName.toLowerCase()}#${c.id} "${c.getAttribute('aria-label') ?? c.textContent?.trim().slice(0, 40) ?? ''}"`,
        );
    },
    [surface, [...reached]] as const,
  );
  return { missed, unseen: [...unseen] };
}

/** A walk's findings as readable lines. */
const walkFindings = (where: string, { missed, unseen }: Walk) => [
  ...missed.map((control) => `${where}: not reached with Tab: ${control}`),
  ...unseen.map((control) => `${where}: focus not visible on ${control}`),
];

/** Whether the e-mail's status line in `host` says it was copied (not that copying failed). */
function copiedIn([host, within]: readonly [string, string]): boolean {
  const line = document
    .querySelector(host)
    ?.shadowRoot?.querySelector(`${within} [data-email-composer] .status-line`.trim());
  return Boolean(line?.textContent) && !line!.classList.contains('error');
}

/**
 * The entry point and the help in the portal's panel, by keyboard alone, in `locale` (a portal
 * address segment such as `en-us`): Tab from the page reaches the entry point's button, Enter
 * opens it, the check is answered with the arrow keys, a link typed into the paste-a-link
 * checker and the company name into its e-mail, Enter on "Copy e-mail" copies, and every control
 * of the open entry point is on the Tab path with its focus visible; Escape closes it. Then
 * Enter on the portal's command opens its panel, whose focus trap holds the focus: in the help,
 * Enter opens the e-mail in another language, the company name is typed, Enter on "Copy e-mail"
 * copies, and every control (the IDs offer's too) is on the Tab path with its focus visible.
 * Returns what is wrong, as readable lines. Leaves the entry point closed and the IDs offer
 * unanswered (the surface tour can follow in the same browser).
 */
export async function keyboardWalk(
  driver: Pick<SurfaceDriver, 'goto' | 'evaluate' | 'waitFor' | 'press' | 'type'>,
  locale: string,
): Promise<string[]> {
  const found: string[] = [];
  await driver.goto(`${GLOBAL}/${locale}/dashboard/v2/customers/list`);
  await driver.waitFor(() => document.querySelectorAll('[role="row"]').length > 3, null);
  await waitInside(driver, ENTRY, '.toggle[aria-expanded="false"]');
  await tabTo(driver, ENTRY, '.toggle', 60);
  await driver.press('Enter');
  await driver.waitFor(focusedOn, { host: ENTRY, inner: '.toggle[aria-expanded="true"]' });
  for (const question of ['#cmg-check-origin', '#cmg-check-service']) {
    await tabTo(driver, ENTRY, question);
    await driver.press('ArrowDown');
  }
  await driver.waitFor((tag) => document.querySelector(tag)?.getAttribute('data-status'), ENTRY);
  await tabTo(driver, ENTRY, '#cmg-link-paste');
  await driver.type(OWN_LINK);
  await waitInside(driver, ENTRY, '.link-checker [data-link-kind="reseller"]');
  const checkerName = '.link-checker [data-email-composer] input:not([readonly])';
  await tabTo(driver, ENTRY, checkerName);
  await driver.type('Contoso');
  await tabTo(driver, ENTRY, '.link-checker [data-email-composer] .actions .primary');
  await driver.press('Enter');
  await driver.waitFor(copiedIn, [ENTRY, '.link-checker'] as const);
  // From the page's control before it, so the walk goes through it in order.
  await focus(driver, ENTRY, '.toggle');
  await driver.press('Shift+Tab');
  found.push(...walkFindings('the open entry point', await tabWalk(driver, ENTRY)));
  await driver.press('Escape');
  await driver.waitFor(focusedOn, { host: ENTRY, inner: '.toggle[aria-expanded="false"]' });

  // The portal's command, by keyboard: its panel opens and traps the focus.
  await driver.evaluate(
    () => document.querySelector<HTMLElement>('[data-command="request"]')!.focus(),
    null,
  );
  await driver.press('Enter');
  await waitInside(driver, HELP, '[data-own-ids-offer]');
  await tabTo(driver, HELP, 'summary');
  await driver.press('Enter');
  await waitInside(driver, HELP, 'details[open] [data-email-composer]');
  await tabTo(driver, HELP, '#cmg-panel-email-name');
  await driver.type('Contoso Partner AG');
  await tabTo(driver, HELP, '[data-email-composer] .actions .primary');
  await driver.press('Enter');
  await driver.waitFor(copiedIn, [HELP, ''] as const);
  // From the portal's text box before it.
  await focus(driver, undefined, '[role="dialog"] textarea');
  found.push(...walkFindings('the panel help', await tabWalk(driver, HELP)));
  if (
    !(await driver.evaluate(
      () => document.querySelector('[role="dialog"]')?.contains(document.activeElement),
      null,
    ))
  )
    found.push("the panel help: the focus left the portal panel's focus trap");
  return found;
}
