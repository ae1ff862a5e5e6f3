import { siteUrl } from '../../../config/site-url.ts';
import type { Language } from '../../../core/index.ts';
import {
  invitationStrings,
  ownerStrings,
  troubleshootPointerStrings,
} from '../../../ui/invitation/strings.ts';
import type { HelperProps } from '../islands/types.ts';
import { tFor } from '../lib/i18n.ts';

/** The invitation helper island (paste a link, get it explained and an e-mail) for one reader. */
export function helperProps(language: Language, headingLevel: 2 | 3): HelperProps {
  const t = tFor(language);
  return {
    lang: language,
    guideBase: siteUrl(),
    headingLevel,
    strings: {
      title: t('site:helper.title'),
      intro: t('site:helper.intro'),
      privacy: t('site:helper.privacy'),
      needsJs: t('site:helper.needsJs'),
      paste: {
        label: t('site:helper.pasteLabel'),
        hint: t('site:helper.pasteHint'),
        check: t('common:action.check'),
        resultTitle: { ok: t('site:helper.resultTitle'), problem: t('site:helper.problemTitle') },
        // The site knows nothing of the reader: whose link it is stays unknown, and says so.
        owner: ownerStrings(t, t('site:helper.ownerUnknown')),
        troubleshoot: troubleshootPointerStrings(t),
      },
      invitation: invitationStrings(t, tFor),
    },
  };
}
