import { useRef, useState } from 'preact/hooks';
import type { Language, OwnIds, Role } from '../../core/index.ts';
import { translator, type Translate } from '../lib/i18n.ts';
import type { LinkReading } from '../../ui/invitation/reading.ts';
import { offeredIds } from '../lib/link-reading.ts';
import type { SettingKey, Settings } from '../lib/settings.ts';
import { settingsStore } from '../lib/settings-store.ts';
import { EmailComposer } from './EmailComposer.tsx';
import { LinkSummary } from './LinkSummary.tsx';
import { labelled } from './text.ts';

export interface LinkHelpProps {
  /** The reading of the portal's own field (parsed once by the content script's request). */
  reading: LinkReading;
  language: Language;
  settings: Settings;
  /** The partner's role on this page (lib/page-kinds.ts `roleOnPage`): which IDs are offered. */
  role: Role;
  /** Settings the organization manages (never offered for saving). */
  managed: ReadonlySet<SettingKey>;
  /** Whether the offer to save the link's IDs as the partner's was answered (made once). */
  offerAnswered: boolean;
  /**
   * Whether the portal may be showing the partner's OWN link in this field: the draft e-mail
   * of a drawn modal panel the partner opened, on a page whose command opens the panel with
   * the partner's link (lib/find-invitation.ts `showsPartnersOwnLink`). Only then are its IDs
   * offered, as a question: the extension cannot know whose link the panel shows.
   */
  ownLink: boolean;
  emailLanguage: Language;
  /** Whether the link is in a panel or dialog (the help then lives inside it). */
  inDialog: boolean;
}

/**
 * The help beside the portal's own invitation link (the read-only text box of the "Request a
 * reseller relationship" panel): what the link is or what is wrong with it, whose link it is,
 * once the offer to save the IDs in it as the partner's own (only where the portal shows the
 * partner's own link), and one plain e-mail story: send the portal's draft as it is; only for
 * another language, our e-mail (`data-email-composer`). It sits in the panel's own DOM, so the
 * panel's focus trap lets the partner type in it. Answering the offer removes its buttons: the
 * answer is told in a status line that is always there, and focus goes to the help's title.
 */
export function LinkHelp({
  reading,
  language,
  settings,
  role,
  managed,
  offerAnswered,
  ownLink,
  emailLanguage,
  inDialog,
}: LinkHelpProps) {
  const t = translator(language);
  const { result, owner } = reading;
  const link = result.ok ? result.link : undefined;
  const title = useRef<HTMLParagraphElement>(null);
  const [answer, setAnswer] = useState<OfferAnswer | undefined>(undefined);
  const onAnswer = (next: OfferAnswer) => {
    setAnswer(next);
    // The answered buttons are gone: keep the keyboard user in the help, at its title.
    if (next !== 'saved') title.current?.focus();
  };
  return (
    <section
      class={`link-help ${inDialog ? 'in-dialog' : ''}`}
      lang={language}
      aria-label={t('extension:linkHelp.label')}
    >
      <p class="link-help-title" tabIndex={-1} ref={title}>
        <span class="logo" aria-hidden="true">
          ⇄
        </span>
        {t('extension:linkHelp.title')}
      </p>
      <LinkSummary t={t} language={language} reading={reading} />
      {link && ownLink && owner === 'unknown' && !answer && (
        <OwnIdsOffer
          t={t}
          offered={offeredIds(link, role)}
          settings={settings}
          managed={managed}
          answered={offerAnswered}
          onAnswer={onAnswer}
        />
      )}
      {/* A polite live region, there before the answer so it is announced (not a second
          role="status": the e-mail composer's Copy has that one). */}
      <p class="status-line" aria-live="polite" data-own-ids-answer={answer ?? ''}>
        {answer === 'saved' ? t('extension:offer.saved') : ''}
      </p>
      {link && owner !== 'other' && (
        <div class="email-story" data-email-story>
          <p>{t('extension:emailStory.sendPortal')}</p>
          <details class="link-email">
            <summary>{t('extension:emailStory.summary')}</summary>
            <p class="hint">{t('extension:emailStory.otherLanguage')}</p>
            <EmailComposer
              t={t}
              link={link}
              defaultLanguage={emailLanguage}
              idPrefix="cmg-panel-email"
              purpose="other-language"
            />
          </details>
        </div>
      )}
    </section>
  );
}

/** The partner's answer to the offer: saving (then saved) or not now. */
type OfferAnswer = 'saving' | 'saved' | 'dismissed';

/**
 * Offers once to save the IDs of the panel's link as the partner's, if the partner says it is
 * their own (and where Partner Center shows their IDs to compare): only the partner's own click saves (a page script's fake click does nothing), never while the organization
 * manages the IDs or the partner has set or declined them.
 */
function OwnIdsOffer({
  t,
  offered,
  settings,
  managed,
  answered,
  onAnswer,
}: {
  t: Translate;
  offered: OwnIds | undefined;
  settings: Settings;
  managed: ReadonlySet<SettingKey>;
  answered: boolean;
  onAnswer: (answer: OfferAnswer) => void;
}) {
  const ids = offered && {
    tenantId: offered.tenantId || undefined,
    partnerId: offered.partnerId || undefined,
  };
  if (
    answered ||
    !ids ||
    (!ids.tenantId && !ids.partnerId) ||
    settings.tenantId ||
    settings.partnerId ||
    managed.has('tenantId') ||
    managed.has('partnerId')
  )
    return null;
  const answer = async (event: Event, save: boolean) => {
    if (!event.isTrusted) return;
    onAnswer(save ? 'saving' : 'dismissed');
    if (save) {
      await settingsStore().saveSettings({
        tenantId: ids.tenantId ?? '',
        partnerId: ids.partnerId ?? '',
      });
      onAnswer('saved');
    }
    await settingsStore().ownIdsOffer.setValue(true);
  };
  return (
    <section class="offer" data-own-ids-offer aria-labelledby="cmg-offer-title">
      <p class="offer-title" id="cmg-offer-title">
        {t('extension:offer.title')}
      </p>
      <p>{t('extension:offer.shows')}</p>
      <p>{t('extension:offer.ifYours')}</p>
      <ul class="offer-ids">
        {ids.tenantId && (
          <li>{labelled(t, t('extension:ids.tenantId'), <code>{ids.tenantId}</code>)}</li>
        )}
        {ids.partnerId && (
          <li>{labelled(t, t('extension:ids.partnerId'), <code>{ids.partnerId}</code>)}</li>
        )}
      </ul>
      <p class="hint">{t('extension:offer.partnerIdWhere')}</p>
      <p class="hint">{t('extension:offer.tenantIdWhere')}</p>
      <div class="actions">
        <button type="button" class="button primary" onClick={(event) => void answer(event, true)}>
          {t('extension:offer.save')}
        </button>
        <button type="button" class="button" onClick={(event) => void answer(event, false)}>
          {t('extension:offer.dismiss')}
        </button>
      </div>
    </section>
  );
}
