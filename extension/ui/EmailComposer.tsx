import { useEffect, useMemo, useState } from 'preact/hooks';
import type { InvitationLink, Language } from '../../core/index.ts';
import { EmailComposer as SharedEmailComposer } from '../../ui/invitation/EmailComposer.tsx';
import { invitationStrings } from '../../ui/invitation/strings.ts';
import { GUIDE_URL } from '../lib/guide-url.ts';
import { loadEmailTemplates } from '../lib/email-loader.ts';
import { emailTranslator, type Translate } from '../lib/i18n.ts';
import { settingsStore } from '../lib/settings-store.ts';

/**
 * The partner's company name for the customer e-mail, remembered in this browser only, and
 * only from the partner's own typing (the shared composer never reports a page script's).
 */
export function usePartnerName(): {
  initialName: string | undefined;
  onNameChange: (name: string) => void;
} {
  const [storedName, setStoredName] = useState<string | undefined>();
  useEffect(() => {
    let live = true;
    void settingsStore()
      .partnerName.getValue()
      .then((stored) => {
        if (live && stored) setStoredName(stored);
      });
    return () => {
      live = false;
    };
  }, []);
  return {
    initialName: storedName,
    onNameChange: (name) => void settingsStore().partnerName.setValue(name),
  };
}

/**
 * The customer e-mail, with the composer the site shows too (ui/invitation/EmailComposer.tsx),
 * and the partner's name remembered (`usePartnerName`).
 */
export function EmailComposer({
  t,
  link,
  defaultLanguage,
  idPrefix,
  purpose,
}: {
  t: Translate;
  link: InvitationLink;
  defaultLanguage: Language;
  idPrefix: string;
  /** Which e-mail this is (`data-email-composer`): `customer`, or `other-language` in the panel. */
  purpose?: string;
}) {
  const strings = useMemo(
    () => invitationStrings(t, emailTranslator, loadEmailTemplates).email,
    [t],
  );
  const name = usePartnerName();
  return (
    <SharedEmailComposer
      link={link}
      strings={strings}
      defaultLanguage={defaultLanguage}
      guideBase={GUIDE_URL}
      idPrefix={idPrefix}
      purpose={purpose}
      {...name}
    />
  );
}
