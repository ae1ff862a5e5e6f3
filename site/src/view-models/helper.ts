import { siteUrl } from '../../../config/site-url.ts';
import type { Language } from '../../../core/index.ts';
import { invitationStrings } from '../../../ui/invitation/strings.ts';
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
      pasteLabel: t('site:helper.pasteLabel'),
      pasteHint: t('site:helper.pasteHint'),
      check: t('common:action.check'),
      resultTitle: t('site:helper.resultTitle'),
      problemTitle: t('site:helper.problemTitle'),
      invitation: invitationStrings(t, tFor),
    },
  };
}
