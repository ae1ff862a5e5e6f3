import { useEffect, useMemo, useRef, useState } from 'preact/hooks';
import { changesFor } from '../../core/changes.ts';
import { evaluate, notCoveredReason } from '../../core/evaluate.ts';
import type { Language } from '../../core/languages.ts';
import { seedByFile } from '../../core/seeds.ts';
import { QUESTIONS, type QuestionId, type Situation } from '../../core/situation.ts';
import type { Status, Verdict } from '../../core/verdict.ts';
import { guideLinkFor } from '../lib/guide-link.ts';
import type { Translate } from '../lib/i18n.ts';
import { changeNote } from '../../locales/change-notes.ts';
import { answerKey, nextStepKey, questionTitleKey } from '../../locales/keys.ts';
import { seedCitationText, seedPart, seedPartKey } from '../../locales/seed-citations.ts';
import { ChangeNoteBody } from '../../ui/notes/ChangeNote.tsx';
import { fillParts } from '../../locales/template.ts';
import { ownAction, ownChoice } from '../../ui/own-input.ts';

/**
 * The multichannel check: asks the questions that are not already known, then shows what the
 * core's `evaluate` says. Known answers (the cloud from the portal's host, the role the page
 * implies or else the options') are shown with where they come from. Only the partner's own picks and clicks count
 * (`ownChoice`, `ownAction`).
 */
export interface CheckProps {
  t: Translate;
  language: Language;
  /** Answers already known, and where they come from. */
  known: Partial<{ [Q in QuestionId]: { value: Situation[Q]; from: 'page' | 'options' } }>;
  /** Questions to ask, in order. */
  ask: readonly QuestionId[];
  /** Prefix for element ids (two checks may share a document). */
  idPrefix: string;
  /** Initial answers for asked questions (e.g. the role from the options in the popup). */
  initial?: Partial<Situation>;
  onOpenOptions?: () => void;
  /** Told the verdict's status once all questions are answered (undefined while not). */
  onVerdict?: (status: Status | undefined) => void;
}

/**
 * Where a known answer comes from, in words: the cloud from the portal's address ("from this
 * page"), the role a page implies (only that role sees the page), or the options.
 */
function fromKey(question: QuestionId, from: 'page' | 'options') {
  if (from === 'options') return 'extension:check.fromOptions';
  return question === 'role' ? 'extension:check.roleFromPage' : 'extension:check.fromPage';
}

export function Check({
  t,
  language,
  known,
  ask,
  idPrefix,
  initial,
  onOpenOptions,
  onVerdict,
}: CheckProps) {
  const [answers, setAnswers] = useState<Partial<Situation>>(() => {
    const start: Partial<Situation> = {};
    for (const q of ask) if (initial?.[q] !== undefined) Object.assign(start, { [q]: initial[q] });
    return start;
  });
  const situation: Partial<Situation> = { ...answers };
  for (const [q, k] of Object.entries(known)) Object.assign(situation, { [q]: k.value });
  const complete =
    situation.cloud !== undefined &&
    situation.origin !== undefined &&
    situation.service !== undefined &&
    situation.role !== undefined;
  const key = JSON.stringify(situation);
  // Evaluated once per situation (keyed by its JSON: a new object on every render).
  const verdict = useMemo(() => (complete ? evaluate(situation as Situation) : undefined), [key]);
  const report = useRef(onVerdict);
  report.current = onVerdict;
  useEffect(() => report.current?.(verdict?.status), [verdict?.status]);

  return (
    <div class="check">
      {(Object.keys(known) as QuestionId[]).length > 0 && (
        <dl class="known">
          {(Object.keys(known) as QuestionId[]).map((q) => {
            const k = known[q]!;
            return (
              <div class="known-row" key={q} data-known={q}>
                <dt>{t(questionTitleKey(q))}</dt>
                <dd>
                  {fillParts(
                    t.template('common:punctuation.parenthetical'),
                    {
                      text: <span class="known-value">{t(answerKey(q, k.value))}</span>,
                      note: (
                        <span class="known-from">
                          {k.from === 'options' && onOpenOptions ? (
                            <button
                              type="button"
                              class="link-button"
                              onClick={ownAction(() => onOpenOptions())}
                            >
                              {t('extension:check.fromOptions')}
                            </button>
                          ) : (
                            t(fromKey(q, k.from))
                          )}
                        </span>
                      ),
                    },
                    language,
                  )}
                </dd>
              </div>
            );
          })}
        </dl>
      )}
      {ask.map((q) => {
        const id = `${idPrefix}-${q}`;
        return (
          <div class="field" key={q}>
            <label for={id}>{t(questionTitleKey(q))}</label>
            <select
              id={id}
              name={q}
              value={answers[q] ?? ''}
              onChange={ownChoice(answers[q] ?? '', (value) =>
                setAnswers((prev) => ({ ...prev, [q]: value === '' ? undefined : value })),
              )}
            >
              <option value="">{t('extension:check.choose')}</option>
              {QUESTIONS[q].map((answer) => (
                <option value={answer} key={answer}>
                  {t(answerKey(q, answer))}
                </option>
              ))}
            </select>
          </div>
        );
      })}
      <div class="result" aria-live="polite">
        {verdict ? (
          <VerdictView
            t={t}
            language={language}
            situation={situation as Situation}
            verdict={verdict}
          />
        ) : (
          <p class="muted">{t('extension:check.answerAll')}</p>
        )}
      </div>
    </div>
  );
}

function VerdictView({
  t,
  language,
  situation,
  verdict,
}: {
  t: Translate;
  language: Language;
  situation: Situation;
  verdict: Verdict;
}) {
  const notes = changesFor(verdict, [situation]).map((change) => changeNote(t, change));
  const citationStrings = { citation: t.template('common:punctuation.citation') };
  // What the reader's role does today: its own step where it has one, else the outcome's
  // general step; never the explanation, which may report the source's rule of 2016.
  const step = (outcome: Verdict['outcomes'][number]) => t(nextStepKey(outcome, situation));
  return (
    <section class={`verdict status-${verdict.status}`} data-status={verdict.status}>
      <p class="status">
        <span class="status-dot" aria-hidden="true" />
        {t(`rules:status.${verdict.status}.title`)}
      </p>
      {verdict.outcomes.length > 0 ? (
        <>
          <p class="section-label">{t('extension:check.outcomes')}</p>
          <ul class="outcomes">
            {verdict.outcomes.map((outcome) => (
              <li key={outcome} data-outcome={outcome}>
                <strong>{t(`rules:outcome.${outcome}.title`)}</strong>
                <span>{step(outcome)}</span>
              </li>
            ))}
          </ul>
        </>
      ) : (
        <p class="muted">
          {verdict.status === 'not-covered'
            ? t(
                notCoveredReason(verdict) === 'no-row'
                  ? 'extension:check.notCovered.noRow'
                  : 'extension:check.notCovered.noSource',
              )
            : t('rules:noOutcome')}
        </p>
      )}
      {notes.length > 0 && (
        <div class="change-notes" data-changes>
          <p class="section-label">{t('changes:heading')}</p>
          <ul>
            {notes.map((note) => (
              <li key={note.id} class="change-note" data-change={note.id}>
                <ChangeNoteBody note={note} lang={language} newTab />
              </li>
            ))}
          </ul>
        </div>
      )}
      <p class="sources">
        <span class="section-label">
          {t(verdict.sources.length > 1 ? 'common:label.sources' : 'common:label.source')}
        </span>
        {verdict.sources.map((ref) => {
          const seed = seedByFile(ref.seed);
          if (!seed) return null;
          return (
            <span class="source" key={seedPartKey(ref)} data-source={`${seed.key}#${ref.part}`}>
              {seedCitationText(seedPart(t, ref), citationStrings, language)}
            </span>
          );
        })}
      </p>
      <a
        class="guide-link"
        href={guideLinkFor(language, situation)}
        target="_blank"
        rel="noopener noreferrer"
      >
        {t('extension:check.guideLink')}
        <span aria-hidden="true"> ↗</span>
      </a>
    </section>
  );
}
