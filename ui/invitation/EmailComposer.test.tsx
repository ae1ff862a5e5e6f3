import { afterEach, describe, expect, it, onTestFinished, vi } from 'vitest';
import {
  LANGUAGES,
  parseInvitationLink,
  type EmailTemplates,
  type InvitationLink,
  type Language,
} from '../../core/index.ts';
import { emailTemplates } from '../../locales/email.ts';
import { translator } from '../../locales/i18n.ts';
import { options } from 'preact';
import { EmailComposer } from './EmailComposer.tsx';
import { invitationStrings } from './strings.ts';
import { renderInDom, userEvent } from './test-dom.ts';

const P = '0f1e2d3c-4b5a-6978-8796-a5b4c3d2e1f0';
const linkOf = (text: string): InvitationLink => {
  const result = parseInvitationLink(text);
  if (!result.ok) throw new Error(`test link refused: ${result.error.code}`);
  return result.link;
};
const OLD_DAP = linkOf(
  `https://admin.microsoft.com/Adminportal/Home?invType=ResellerRelationship&partnerId=${P}&msppId=0&DAP=true#/BillingAccounts/partner-invitation`,
);
const GDAP = linkOf(
  'https://admin.microsoft.com/AdminPortal/Home#/partners/invitation/granularAdminRelationships/5d027261-d21f-4aa9-b7db-7fa1f56fb163-8777b240-c6f0-4469-9e98-a3205431b836',
);

let cleanup: (() => void) | undefined;
afterEach(() => {
  cleanup?.();
  vi.unstubAllGlobals();
});

async function compose(
  link: InvitationLink,
  language: (typeof LANGUAGES)[number],
  name: string,
  { trusted = true } = {},
) {
  const remembered: string[] = [];
  const dom = renderInDom(
    <EmailComposer
      link={link}
      strings={invitationStrings(translator(language), translator).email}
      defaultLanguage={language}
      guideBase="https://guide.example.com"
      idPrefix="t"
      onNameChange={(n) => remembered.push(n)}
    />,
  );
  cleanup = dom.cleanup;
  const input = dom.container.querySelector<HTMLInputElement>('#t-name')!;
  /** The partner types `value` as the name (or, not `trusted`, a page script puts it there). */
  const type = async (value: string) => {
    input.value = value;
    input.dispatchEvent(
      trusted
        ? userEvent(dom.document, 'input')
        : new dom.document.defaultView!.Event('input', { bubbles: true }),
    );
    await dom.settle();
  };
  await type(name);
  return { container: dom.container, remembered, document: dom.document, settle: dom.settle, type };
}

describe('EmailComposer', () => {
  for (const language of LANGUAGES) {
    it(`${language}: writes the e-mail as the partner types, without promising DAP`, async () => {
      const { container, remembered } = await compose(OLD_DAP, language, ' Contoso GmbH ');
      const body = container.querySelector<HTMLTextAreaElement>('#t-body')!;
      expect(body.getAttribute('lang')).toBe(language);
      expect(body.value).toContain('Contoso GmbH');
      expect(body.value).toContain(OLD_DAP.url);
      expect(body.value).toContain('GDAP');
      expect(remembered.at(-1)).toBe('Contoso GmbH');
      const mailto = container.querySelector('a[href^="mailto:"]')!.getAttribute('href')!;
      expect(decodeURIComponent(mailto)).toContain(OLD_DAP.url);
    });

    it(`${language}: writes the GDAP e-mail for a GDAP link`, async () => {
      const { container } = await compose(GDAP, language, '世纪云科技');
      const subject = container.querySelector<HTMLInputElement>('#t-subject')!.value;
      expect(subject.startsWith('世纪云科技')).toBe(true);
      expect(container.querySelector<HTMLTextAreaElement>('#t-body')!.value).toContain(GDAP.url);
    });
  }

  it('a page script typing a name changes nothing: the field shows the state again', async () => {
    const { container, remembered } = await compose(OLD_DAP, 'en', 'Evil Partner', {
      trusted: false,
    });
    expect(container.querySelector<HTMLInputElement>('#t-name')!.value).toBe('');
    expect(container.querySelector('#t-body')).toBeNull();
    expect(remembered).toEqual([]);
    expect(
      container.querySelector('[data-email-composer]')!.getAttribute('data-email-composer'),
    ).toBe('customer');
  });

  it('names the problem with a name on two lines and writes no e-mail', async () => {
    const { container } = await compose(OLD_DAP, 'en', 'Contoso\nGmbH');
    expect(container.querySelector('[data-name-problem="line-break"]')).not.toBeNull();
    expect(container.querySelector('#t-name')!.getAttribute('aria-invalid')).toBe('true');
    expect(container.querySelector('#t-body')).toBeNull();
  });

  it('another language’s texts on demand: a loading state, an error in words, and again', async () => {
    const en = translator('en');
    const german = emailTemplates(translator('de'));
    const calls: Language[] = [];
    let settle: { resolve: (t: EmailTemplates) => void; reject: (e: Error) => void } | undefined;
    const strings = invitationStrings(
      en,
      (l) => (l === 'en' ? en : undefined),
      (language) => {
        calls.push(language);
        return new Promise((resolve, reject) => (settle = { resolve, reject }));
      },
    ).email;
    expect(Object.keys(strings.templates)).toEqual(['en']);
    const dom = renderInDom(
      <EmailComposer
        link={OLD_DAP}
        strings={strings}
        defaultLanguage="de"
        guideBase="https://guide.example.com"
        idPrefix="t"
        initialName="Contoso GmbH"
      />,
    );
    cleanup = dom.cleanup;
    const state = () => dom.container.querySelector('[data-email-load]');
    // Preact runs the effect that loads after the frame it renders in: wait for what it does.
    const until = async (done: () => boolean) => {
      for (let frame = 0; frame < 100 && !done(); frame++) await dom.settle();
    };
    await until(() => calls.length === 1);
    expect(state()?.getAttribute('data-email-load')).toBe('loading');
    expect(state()?.textContent).toBe(en('link:email.loading'));
    expect(dom.container.querySelector('#t-body')).toBeNull();
    expect(calls).toEqual(['de']);

    settle!.reject(new Error('network'));
    await until(() => state()?.getAttribute('data-email-load') === 'failed');
    expect(state()?.getAttribute('data-email-load')).toBe('failed');
    expect(state()?.textContent).toBe(en('link:email.loadFailed'));
    expect(state()?.getAttribute('role')).toBe('status');
    const again = [...dom.container.querySelectorAll('button')].find(
      (button) => button.textContent === en('link:email.loadAgain'),
    )!;
    again.dispatchEvent(userEvent(dom.document, 'click'));
    await dom.settle();
    expect(state()?.getAttribute('data-email-load')).toBe('loading');
    await until(() => calls.length === 2);
    expect(calls).toEqual(['de', 'de']);

    settle!.resolve(german);
    await until(() => !state());
    const body = dom.container.querySelector<HTMLTextAreaElement>('#t-body')!;
    expect(body.getAttribute('lang')).toBe('de');
    expect(body.value).toContain('Contoso GmbH');
    expect(body.value).toContain(german.greeting);
  });

  it('says Copied for a copy made right after typing, before the next frame, and not once the e-mail changes', async () => {
    // Frames are the test's: Preact runs effects at the next frame (`options.requestAnimationFrame`),
    // and a fast keyboard copies before it comes.
    const frames: (() => void)[] = [];
    const before = options.requestAnimationFrame;
    options.requestAnimationFrame = (frame) => void frames.push(frame);
    onTestFinished(() => {
      options.requestAnimationFrame = before;
    });
    // A clipboard that takes the text (Node has none).
    const clipboard: string[] = [];
    vi.stubGlobal('navigator', {
      clipboard: {
        writeText: (text: string) => {
          clipboard.push(text);
          return Promise.resolve();
        },
      },
    });
    // The name, and Enter on Copy e-mail before the next frame.
    const { container, document, settle, type } = await compose(OLD_DAP, 'en', 'Contoso');
    const nextFrame = async () => {
      for (const frame of frames.splice(0)) frame();
      await settle();
    };
    const status = () => container.querySelector('.status-line')!.textContent;
    container
      .querySelector<HTMLButtonElement>('.actions .primary')!
      .dispatchEvent(userEvent(document, 'click'));
    await settle();
    await nextFrame();
    expect(status()).toBe(translator('en')('common:action.copied'));
    expect(clipboard).toEqual([expect.stringContaining('Contoso')]);
    // Another name: another e-mail, of which "Copied" does not speak; nor once the name is
    // back to the one copied, which is not what the partner copied last.
    await type('Contoso GmbH');
    await nextFrame();
    expect(status()).toBe('');
    await type('Contoso');
    await nextFrame();
    expect(status()).toBe('');
  });
});
