import {
  CLOUDS,
  changesByDate,
  changesFor,
  decisionTrees,
  treePath,
  type Change,
  type Language,
} from '../../../core/index.ts';
import { changeDate } from '../../../locales/change-notes.ts';
import { pageSource, type PageSource } from '../../../locales/page-source.ts';
import { claimView, type ClaimView } from '../../../locales/claims.ts';
import { answerKey, outcomeKey } from '../../../locales/keys.ts';
import { formatList } from '../../../locales/text.ts';
import { tFor } from '../lib/i18n.ts';

/**
 * The timeline page's view model (`/changes/`): every change of core/changes.ts, oldest
 * first, finished for one reader — its date as a value under its own label, the clouds it
 * applies to, its claim from the claims register (what holds today and its confirmation
 * marker), the claim's pages in the reader's citation form, and the verdicts it affects,
 * each named by its path of answers (`Global Partner Center · License-based services`).
 */

export interface TimelineEntry {
  id: Change['id'];
  title: string;
  /** The claim behind the change: its text, confirmation level and marker. */
  claim: ClaimView;
  /** ISO date for `<time datetime>` and the reader's text, when the change has a date. */
  date?: { iso: string; text: string };
  clouds: string;
  /** The claim's pages, in the reader's language where Microsoft has them. */
  sources: (PageSource & { kind: ClaimView['kind'] })[];
  outcomes: string[];
  linkFacts: string[];
  verdicts: { scenario: string; verdicts: { href: string; label: string }[] }[];
}

export interface TimelineSection {
  id: 'dated' | 'undated';
  heading: string;
  intro?: string;
  entries: TimelineEntry[];
}

function entry(lang: Language, change: Change): TimelineEntry {
  const t = tFor(lang);
  const date = changeDate(change, lang);
  const claim = claimView(t, change.claim);
  const path = t('common:punctuation.path');
  return {
    id: change.id,
    title: t(`changes:change.${change.id}.title`),
    claim,
    ...(change.effective && date
      ? {
          date: {
            iso: change.effective.date,
            text:
              change.effective.basis === 'stated'
                ? date
                : t('changes:page.effectiveByLatest', { date }),
          },
        }
      : {}),
    clouds: formatList(
      lang,
      CLOUDS.filter((c) => change.affects.cloud.includes(c)).map((c) => t(answerKey('cloud', c))),
    ),
    sources: claim.sources.map((source) => ({
      ...pageSource(t, { ...source, language: source.lang }),
      kind: source.kind,
    })),
    outcomes: change.outcomes.map((o) => t(outcomeKey(o, 'title'))),
    linkFacts: (change.linkFacts ?? []).map((fact) => t(`changes:page.linkFact.${fact}`)),
    verdicts: decisionTrees()
      .map((tree) => ({
        scenario: t(`trees:scenario.${tree.id}.title`),
        verdicts: tree.nodes.flatMap((node) =>
          node.kind === 'verdict' && changesFor(node.verdict, node.situations).includes(change)
            ? [
                {
                  href: treePath(lang, tree.id, node.id),
                  // A path of answers, not a list: one answer per step, set apart.
                  label: node.steps.map((s) => t(answerKey(s.question, s.answer))).join(path),
                },
              ]
            : [],
        ),
      }))
      .filter((group) => group.verdicts.length > 0),
  };
}

export function timeline(lang: Language): TimelineSection[] {
  const t = tFor(lang);
  const ordered = changesByDate();
  return [
    {
      id: 'dated',
      heading: t('changes:page.datedHeading'),
      entries: ordered.filter((c) => c.effective).map((c) => entry(lang, c)),
    },
    {
      id: 'undated',
      heading: t('changes:page.undatedHeading'),
      intro: t('changes:page.undatedIntro'),
      entries: ordered.filter((c) => !c.effective).map((c) => entry(lang, c)),
    },
  ];
}
