import { useEffect, useMemo, useState } from 'preact/hooks';
import type { InvitationLink, Language } from '../../core/index.ts';
import { EmailComposer as SharedEmailComposer } from '../../ui/invitation/EmailComposer.tsx';
import { invitationStrings } from '../../ui/invitation/strings.ts';
import { GUIDE_URL } from '../lib/guide-url.ts';
import { emailTranslator, type Translate } from '../lib/i18n.ts';
import { settingsStore } from '../lib/settings-store.ts';

/**
 * The customer e-mail, with the composer the site shows too (ui/invitation/EmailComposer.tsx).
 * The extension adds one thing: the partner's name is remembered in this browser only, and
 * only from the partner's own typing (the shared composer never reports a page script's).
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
  const strings = useMemo(() => invitationStrings(t, emailTranslator).email, [t]);
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
  return (
    <SharedEmailComposer
      link={link}
      strings={strings}
      defaultLanguage={defaultLanguage}
      guideBase={GUIDE_URL}
      idPrefix={idPrefix}
      purpose={purpose}
      initialName={storedName}
      onNameChange={(name) => void settingsStore().partnerName.setValue(name)}
    />
  );
}
