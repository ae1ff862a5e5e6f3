import { useEffect, useMemo, useRef, useState } from 'preact/hooks';
import { ChangeNotes } from '../../../../ui/notes/ChangeNote.tsx';
import { SeedCitation } from '../../../../ui/sources/SeedCitation.tsx';
import { OUTCOME_IDS, STATUSES, type OutcomeId, type Status } from '../../../../core/verdict.ts';
import {
  TOPIC_IDS,
  checkAnswer,
  drawQuiz,
  parseProgress,
  parseQuizQuery,
  poolSize,
  progressKey,
  quizQuery,
  randomSeed,
  scoreQuiz,
  serializeProgress,
  type QuizAnswer,
  type QuizConfig,
  type QuizQueryError,
  type RawQuizQuery,
  type TopicId,
} from '../../../../core/training-runtime.ts';
import { fillParts, fillText } from '../../../../locales/template.ts';
import ResultsSheet from './ResultsSheet.tsx';
import { TodaySteps } from './TodaySteps.tsx';
import type { QuizCard, QuizProps } from './types.ts';

/**
 * The quiz: reads its settings from the URL (seed, count, topics), draws the same cards for
 * everyone with the same URL, checks each answer at once, keeps answers in localStorage per
 * quiz, and sums up per topic. Rendered only in the browser (`client:only`); without
 * JavaScript the page lists every card with its answer instead.
 */

type Phase =
  | { kind: 'loading' }
  | { kind: 'invalid'; errors: QuizQueryError[]; raw: RawQuizQuery }
  | { kind: 'ready'; config: QuizConfig };

function storage(): Storage | undefined {
  try {
    return window.localStorage;
  } catch {
    // Storage can be switched off; the quiz still works, it just forgets on reload.
    return undefined;
  }
}

export default function Quiz(props: QuizProps) {
  const [phase, setPhase] = useState<Phase>({ kind: 'loading' });
  useEffect(() => {
    const result = parseQuizQuery(location.search, props.cards, () => randomSeed());
    if (!result.ok) {
      setPhase({ kind: 'invalid', errors: result.errors, raw: result.raw });
      return;
    }
    if (result.defaulted.length > 0) {
      // Show the settings actually used, so the address can be shared as it is.
      history.replaceState(null, '', `?${quizQuery(result.config)}${location.hash}`);
    }
    setPhase({ kind: 'ready', config: result.config });
  }, []);

  if (phase.kind === 'loading') return null;
  if (phase.kind === 'invalid') {
    return (
      <div class="quiz">
        <div class="quiz-errors" role="alert">
          <h2>{props.strings.errorHeading}</h2>
          <ul>
            {phase.errors.map((error, i) => (
              <li key={i}>{errorText(props, error)}</li>
            ))}
          </ul>
        </div>
        <Setup {...props} raw={phase.raw} open />
      </div>
    );
  }
  return <QuizRun {...props} config={phase.config} />;
}

function errorText(props: QuizProps, error: QuizQueryError): string {
  const template = props.strings.errors[error.code];
  if (!template) return error.code;
  const { strings } = props;
  return fillText(
    template,
    {
      max: strings.maxSeedLength,
      allowed: strings.allowedTopics,
      settings: strings.allowedSettings,
      ...error,
    },
    props.lang,
  );
}

/** The settings form: a trainer changes seed, number or topics and gets a new link. */
function Setup(props: QuizProps & { raw: RawQuizQuery; open?: boolean; share?: string }) {
  const { strings } = props;
  const rawTopics = props.raw.topics?.split(',').map((t) => t.trim());
  const [chosen, setChosen] = useState<TopicId[]>(
    rawTopics ? TOPIC_IDS.filter((id) => rawTopics.includes(id)) : [...TOPIC_IDS],
  );
  const max = poolSize(props.cards, chosen.length > 0 ? chosen : TOPIC_IDS);
  const onSubmit = (event: Event) => {
    event.preventDefault();
    const form = event.currentTarget as HTMLFormElement;
    const data = new FormData(form);
    const params = new URLSearchParams();
    params.set('seed', String(data.get('seed') ?? ''));
    params.set('count', String(data.get('count') ?? ''));
    params.set('topics', chosen.join(','));
    // Keep exactly what was typed: the quiz page checks it and says what is wrong.
    location.search = params.toString().replace(/%2C/g, ',');
  };
  return (
    <details class="quiz-setup" open={props.open}>
      <summary>{strings.setupHeading}</summary>
      <form onSubmit={onSubmit}>
        <p>
          <label for="quiz-seed">{strings.seed}</label>
          <input
            id="quiz-seed"
            name="seed"
            defaultValue={props.raw.seed ?? ''}
            aria-describedby="quiz-seed-hint"
            autocomplete="off"
            spellcheck={false}
          />
          <span id="quiz-seed-hint" class="hint">
            {strings.seedHint}
          </span>
        </p>
        <p>
          <label for="quiz-count">{strings.count}</label>
          <input
            id="quiz-count"
            name="count"
            inputMode="numeric"
            defaultValue={props.raw.count ?? ''}
            aria-describedby="quiz-count-hint"
            autocomplete="off"
          />
          <span id="quiz-count-hint" class="hint">
            {fillText(strings.countHint, { max }, props.lang)}
          </span>
        </p>
        <fieldset>
          <legend>{strings.topics}</legend>
          {TOPIC_IDS.map((id) => (
            <label key={id} class="choice">
              <input
                type="checkbox"
                checked={chosen.includes(id)}
                onChange={(e) => {
                  const on = (e.currentTarget as HTMLInputElement).checked;
                  setChosen(TOPIC_IDS.filter((t) => (t === id ? on : chosen.includes(t))));
                }}
              />
              {props.topics[id]}
            </label>
          ))}
        </fieldset>
        <button type="submit">{strings.start}</button>
      </form>
      {props.share && (
        <p>
          <label for="quiz-share">{strings.shareLink}</label>
          <input id="quiz-share" readOnly value={props.share} class="share" />
        </p>
      )}
    </details>
  );
}

function QuizRun(props: QuizProps & { config: QuizConfig }) {
  const { config, strings } = props;
  const drawn = useMemo(() => drawQuiz(props.cards, config), [config]);
  const key = progressKey(config);
  const [answers, setAnswers] = useState<Record<string, QuizAnswer>>(
    () => parseProgress(storage()?.getItem(key) ?? null, props.cards).answers,
  );
  const firstOpen = drawn.findIndex((d) => !answers[d.card.id]);
  const [index, setIndex] = useState(firstOpen === -1 ? drawn.length - 1 : firstOpen);
  const [notice, setNotice] = useState('');
  const [resets, setResets] = useState(0);
  const headingRef = useRef<HTMLHeadingElement>(null);
  const resultsRef = useRef<HTMLHeadingElement>(null);
  const moved = useRef(false);

  useEffect(() => {
    // Move focus to the new card only after the trainee moved, not on page load.
    if (moved.current) headingRef.current?.focus();
  }, [index]);

  const save = (next: Record<string, QuizAnswer>) => {
    setAnswers(next);
    try {
      storage()?.setItem(key, serializeProgress({ answers: next }));
    } catch {
      // Full or blocked storage: keep going in memory.
    }
  };
  const go = (to: number) => {
    moved.current = true;
    setNotice('');
    setIndex(to);
  };
  const reset = () => {
    storage()?.removeItem(key);
    setAnswers({});
    setResets(resets + 1);
    go(0);
    setNotice(strings.resetConfirm);
  };

  const current = drawn[index]!;
  const answeredCount = drawn.filter((d) => answers[d.card.id]).length;
  const share = `${location.origin}${location.pathname}?${quizQuery(config)}`;

  return (
    <div class="quiz">
      <Setup
        {...props}
        raw={{ seed: config.seed, count: String(config.count), topics: config.topics.join(',') }}
        share={share}
      />
      <div class="quiz-progress">
        <p>
          <strong>
            {fillText(
              strings.answered,
              { answered: answeredCount, total: drawn.length },
              props.lang,
            )}
          </strong>
        </p>
        <p>{strings.saved}</p>
        <button type="button" onClick={reset}>
          {strings.reset}
        </button>
        <p role="status" class="notice">
          {notice}
        </p>
      </div>
      <Card
        // A new key after a reset clears the choices made on the card before.
        key={`${current.card.id}:${resets}`}
        {...props}
        card={current.card}
        topic={current.topic}
        number={index + 1}
        total={drawn.length}
        answer={answers[current.card.id]}
        headingRef={headingRef}
        onAnswer={(answer) => save({ ...answers, [current.card.id]: answer })}
      />
      <nav
        class="quiz-nav"
        aria-label={fillText(
          strings.cardHeading,
          { number: index + 1, total: drawn.length },
          props.lang,
        )}
      >
        <button type="button" disabled={index === 0} onClick={() => go(index - 1)}>
          {strings.previous}
        </button>
        {index < drawn.length - 1 ? (
          <button type="button" onClick={() => go(index + 1)}>
            {strings.next}
          </button>
        ) : (
          <button type="button" onClick={() => resultsRef.current?.focus()}>
            {strings.toResults}
          </button>
        )}
      </nav>
      <Results
        {...props}
        config={config}
        drawn={drawn}
        answers={answers}
        share={share}
        headingRef={resultsRef}
      />
    </div>
  );
}

interface CardProps extends QuizProps {
  card: QuizCard;
  topic: TopicId;
  number: number;
  total: number;
  answer: QuizAnswer | undefined;
  headingRef: { current: HTMLHeadingElement | null };
  onAnswer(answer: QuizAnswer): void;
}

function Card(props: CardProps) {
  const { card, strings, answer } = props;
  const [status, setStatus] = useState<Status | undefined>(answer?.status);
  const [outcomes, setOutcomes] = useState<OutcomeId[]>(answer ? [...answer.outcomes] : []);
  const feedbackRef = useRef<HTMLDivElement>(null);
  const checked = answer !== undefined;
  const id = `card-${card.id.replace(/\./g, '-')}`;

  const onSubmit = (event: Event) => {
    event.preventDefault();
    if (!status) return;
    props.onAnswer({ status, outcomes });
    // The feedback appears below; read it out and put the trainee there.
    setTimeout(() => feedbackRef.current?.focus());
  };

  return (
    <section class="quiz-card" aria-labelledby={`${id}-h`} data-card={card.id}>
      <h2 id={`${id}-h`} tabIndex={-1} ref={props.headingRef}>
        {fillText(strings.cardHeading, { number: props.number, total: props.total }, props.lang)}
      </h2>
      <p class="topic-tag">{props.topics[props.topic]}</p>
      {/* The decks' Situation component (Situation.tsx) would put the slides' frame into a
          chunk shared with the deck pages: more bytes than these lines, on a page at its budget. */}
      <dl class="situation">
        {card.situation.map((row) => (
          <div key={row.question}>
            <dt>{row.label}</dt>
            <dd>{row.value}</dd>
          </div>
        ))}
      </dl>
      <form onSubmit={onSubmit}>
        <fieldset disabled={checked}>
          <legend>{strings.statusQuestion}</legend>
          {STATUSES.map((s) => (
            <label key={s} class="choice">
              <input
                type="radio"
                name={`${id}-status`}
                value={s}
                checked={status === s}
                required
                onChange={() => setStatus(s)}
              />
              {props.statuses[s].title}
            </label>
          ))}
        </fieldset>
        <fieldset disabled={checked}>
          <legend>{strings.outcomesQuestion}</legend>
          {OUTCOME_IDS.map((o) => (
            <label key={o} class="choice">
              <input
                type="checkbox"
                value={o}
                checked={outcomes.includes(o)}
                onChange={(e) => {
                  const on = (e.currentTarget as HTMLInputElement).checked;
                  setOutcomes(OUTCOME_IDS.filter((x) => (x === o ? on : outcomes.includes(x))));
                }}
              />
              {props.outcomes[o].title}
            </label>
          ))}
        </fieldset>
        {!checked && <button type="submit">{strings.check}</button>}
      </form>
      {answer && (
        <div class="feedback" tabIndex={-1} ref={feedbackRef}>
          <Feedback {...props} answer={answer} />
        </div>
      )}
    </section>
  );
}

function Feedback(props: CardProps & { answer: QuizAnswer }) {
  const { card, strings, answer } = props;
  const check = checkAnswer(card, answer);
  const titles = (ids: readonly OutcomeId[]) =>
    ids.map((o) => <li key={o}>{props.outcomes[o].title}</li>);
  return (
    <>
      <p class={`verdict-line credit-${check.credit}`} data-credit={check.credit}>
        <strong>{strings.feedback[check.credit]}</strong>
      </p>
      <h3>{strings.expected}</h3>
      <p class={`status-badge status--${card.status}`}>
        <strong>{props.statuses[card.status].title}</strong>
      </p>
      <p>{card.explanation ?? props.statuses[card.status].explanation}</p>
      {card.outcomes.length > 0 ? (
        <ul>
          {card.outcomes.map((o) => (
            <li key={o}>
              {fillParts(
                strings.labelled,
                {
                  label: <strong>{props.outcomes[o].title}</strong>,
                  text: props.outcomes[o].explanation,
                },
                props.lang,
              )}
            </li>
          ))}
        </ul>
      ) : (
        <p>{check.extra.length > 0 ? strings.noSteps : strings.noOutcome}</p>
      )}
      <TodaySteps card={card} steps={props.steps} heading={strings.todaySteps} headingLevel={4} />
      {card.changes.length > 0 && (
        <section class="changes" data-changes>
          <h4>{strings.changesHeading}</h4>
          <ChangeNotes notes={card.changes.map((id) => props.changes[id]!)} lang={props.lang} />
        </section>
      )}
      {check.statusCorrect && check.missing.length > 0 && (
        <>
          <h4>{strings.missing}</h4>
          <ul>{titles(check.missing)}</ul>
        </>
      )}
      {check.statusCorrect && check.extra.length > 0 && (
        <>
          <h4>{strings.extra}</h4>
          <ul>{titles(check.extra)}</ul>
        </>
      )}
      <h3>{strings.sources}</h3>
      {card.sources.map((key) => (
        <SeedCitation
          key={key}
          source={props.sources[key]!}
          strings={strings.seedCitation}
          lang={props.lang}
          original="shown"
        />
      ))}
      {card.readings.length > 0 && (
        <>
          <h3>{strings.ourReading}</h3>
          {card.readings.map((text, i) => (
            <p key={i}>{text}</p>
          ))}
        </>
      )}
    </>
  );
}

function Results(
  props: QuizProps & {
    drawn: ReturnType<typeof drawQuiz<QuizCard>>;
    answers: Record<string, QuizAnswer>;
    config: QuizConfig;
    share: string;
    headingRef: { current: HTMLHeadingElement | null };
  },
) {
  const { strings } = props;
  const score = scoreQuiz(props.drawn, props.answers);
  const [copyState, setCopyState] = useState('');
  const rows = [
    ...score.topics.map((s) => ({ name: props.topics[s.topic], s })),
    { name: strings.total, s: score.total },
  ];
  const points = (s: { points: number; maxPoints: number }) =>
    fillText(strings.pointsValue, { points: s.points, max: s.maxPoints }, props.lang);
  const summary = [
    strings.summaryTitle,
    fillText(strings.summaryQuiz, { url: props.share }, props.lang),
    '',
    ...rows.map(({ name, s }) =>
      fillText(
        strings.summaryRow,
        {
          topic: name,
          full: s.full,
          partial: s.partial,
          none: s.none,
          open: s.cards - s.answered,
          points: points(s),
        },
        props.lang,
      ),
    ),
  ].join('\n');
  const copy = async () => {
    try {
      await navigator.clipboard.writeText(summary);
      setCopyState(strings.copied);
    } catch {
      setCopyState(strings.copyFailed);
    }
  };
  return (
    <section class="quiz-results" aria-labelledby="quiz-results-h">
      <h2 id="quiz-results-h" tabIndex={-1} ref={props.headingRef}>
        {strings.resultsHeading}
      </h2>
      <ResultsSheet
        lang={props.lang}
        topics={props.topics}
        strings={strings}
        config={props.config}
      />
      <table>
        <thead>
          <tr>
            <th scope="col">{strings.topic}</th>
            <th scope="col">{strings.full}</th>
            <th scope="col">{strings.partial}</th>
            <th scope="col">{strings.none}</th>
            <th scope="col">{strings.open}</th>
            <th scope="col">{strings.points}</th>
          </tr>
        </thead>
        <tbody>
          {rows.map(({ name, s }) => (
            <tr key={name}>
              <th scope="row">{name}</th>
              {/* data-label: the column's name beside each value when a phone stacks the rows. */}
              <td data-label={strings.full}>{s.full}</td>
              <td data-label={strings.partial}>{s.partial}</td>
              <td data-label={strings.none}>{s.none}</td>
              <td data-label={strings.open}>{s.cards - s.answered}</td>
              <td data-label={strings.points}>{points(s)}</td>
            </tr>
          ))}
        </tbody>
      </table>
      <p class="hint">{strings.rule}</p>
      <div class="actions">
        <button type="button" onClick={() => window.print()}>
          {strings.print}
        </button>
        <button type="button" onClick={() => void copy()}>
          {strings.copy}
        </button>
        <span role="status">{copyState}</span>
      </div>
    </section>
  );
}
