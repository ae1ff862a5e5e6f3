import {
  ACCEPT_GUIDES,
  causeConfirmation,
  causeMarker,
  customerCauses,
  type CauseId,
  type ConfirmationLevel,
  type Language,
} from '../../../core/index.ts';
import { tFor } from './i18n.ts';
import { acceptStepKey, causeCustomerKey } from '../../../locales/troubleshoot-keys.ts';
import type { PageSource } from '../../../locales/page-source.ts';
import { causeAnchor, causeTitle, sourceViews } from './troubleshoot-page.ts';

/**
 * The customer's page (`/<lng>/accept/`), built from the core's accept guides and causes:
 * one section per kind of link with its steps and sources, then the causes a customer's
 * admin meets, each with what they can do.
 */
export interface AcceptGuideView {
  id: string;
  title: string;
  intro: string;
  steps: string[];
  /** Shown where Microsoft's documentation leaves the admin center's address open. */
  note?: string;
  sources: PageSource[];
}

export interface CustomerCauseView {
  id: CauseId;
  anchor: string;
  title: string;
  text: string;
  confirmation: ConfirmationLevel;
  marker: string;
}

export function acceptPageView(lang: Language): {
  guides: AcceptGuideView[];
  causes: CustomerCauseView[];
} {
  const t = tFor(lang);
  return {
    guides: ACCEPT_GUIDES.map((guide) => ({
      id: guide.id,
      title: t(`troubleshoot:accept.guide.${guide.id}.title`),
      intro: t(`troubleshoot:accept.guide.${guide.id}.intro`),
      steps: guide.steps.map((step) => t(acceptStepKey(guide.id, step))),
      ...(guide.hostUnconfirmed ? { note: t('troubleshoot:accept.vianetHost') } : {}),
      sources: sourceViews(lang, guide),
    })),
    causes: customerCauses().map((cause) => ({
      id: cause.id,
      anchor: causeAnchor(cause.id),
      title: causeTitle(lang, cause.id),
      text: t(causeCustomerKey(cause.id)),
      confirmation: causeConfirmation(cause),
      marker: t(`changes:confirmation.${causeMarker(cause)}`),
    })),
  };
}
