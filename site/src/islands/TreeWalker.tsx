import type { ComponentChildren } from 'preact';
import { useEffect, useRef, useState } from 'preact/hooks';
import type { NodeId } from '../../../core/trees.ts';
import { fillParts, fillText } from '../../../locales/template.ts';
import { isPlainClick } from './events.ts';
import { SeedCitation } from '../../../ui/sources/SeedCitation.tsx';
import InvitationHelper from './InvitationHelper.tsx';
import type { ClientStep, TreeWalkerProps } from './types.ts';

/**
 * One decision tree, step by step. Rendered at build time for every step (that HTML works
 * without JavaScript: radios plus one Continue link per answer, shown by CSS for the checked
 * radio). Once hydrated it becomes a form with client-side navigation: the URL follows each
 * step (history.pushState, back and forward via popstate), focus moves to the new heading
 * and a live region announces it.
 */
export default function TreeWalker(props: TreeWalkerProps) {
  const { lang, nodes, paths, questions, strings: s } = props;
  const [enhanced, setEnhanced] = useState(false);
  const [nodeId, setNodeId] = useState<NodeId>(props.initial);
  const [selected, setSelected] = useState<string | undefined>();
  const [error, setError] = useState(false);
  const [announcement, setAnnouncement] = useState('');
  const heading = useRef<HTMLHeadingElement>(null);
  const moved = useRef(false);
  /**
   * The step shown, as of the last `go`: Back may come before the effects of the step the
   * reader just went to have run (a busy machine), and must come back from that step.
   */
  const shown = useRef<NodeId>(props.initial);
  const node = nodes[nodeId]!;

  const prefixNode = (steps: ClientStep[], length: number): NodeId =>
    Object.keys(nodes).find((id) => {
      const other = nodes[id]!.steps;
      return (
        other.length === length &&
        other.every(
          (step, i) => step.question === steps[i]?.question && step.answer === steps[i]?.answer,
        )
      );
    })!;

  const go = (target: NodeId, push: boolean) => {
    const previous = nodes[shown.current]!;
    const next = nodes[target]!;
    // Coming back to a question (Change link, Back): keep the answer given before.
    const before =
      previous.steps.length > next.steps.length ? previous.steps[next.steps.length] : undefined;
    setSelected(
      next.kind === 'question' && before?.question === next.question ? before.answer : undefined,
    );
    setError(false);
    setNodeId(target);
    shown.current = target;
    moved.current = true;
    if (push) history.pushState({ node: target }, '', paths[target]![lang]);
  };

  useEffect(() => {
    // An answer the reader chose while the page was still loading stays chosen.
    const early = document.querySelector<HTMLInputElement>(
      '[data-tree-walker] input[name="answer"]:checked',
    );
    if (early) setSelected(early.value);
    setEnhanced(true);
    history.replaceState({ node: props.initial }, '', location.href);
    const onPop = (event: PopStateEvent) => {
      const state: unknown = event.state;
      const fromState =
        typeof state === 'object' && state !== null && 'node' in state
          ? String(state.node)
          : undefined;
      const target =
        fromState && nodes[fromState]
          ? fromState
          : Object.keys(paths).find((id) => paths[id]![lang] === location.pathname);
      if (target) go(target, false);
    };
    addEventListener('popstate', onPop);
    return () => removeEventListener('popstate', onPop);
  }, []);

  useEffect(() => {
    if (!moved.current) return;
    const title =
      node.kind === 'question'
        ? questions[node.question].title
        : (node.title ?? props.statuses[node.status].title);
    // As the static page's title: the step in its scenario, in the site (Base.astro).
    const inScenario = fillText(s.pageTitle, { page: title, site: s.scenarioTitle }, lang);
    document.title = fillText(s.pageTitle, { page: inScenario, site: s.siteName }, lang);
    for (const a of document.querySelectorAll<HTMLAnchorElement>('a[data-alternate]')) {
      const language = a.dataset.alternate as keyof (typeof paths)[string];
      const href = paths[nodeId]?.[language];
      if (href) a.href = href;
    }
    // The diagram is static HTML outside the island: mark the path taken.
    const onPath = new Set(
      Object.keys(nodes).filter(
        (id) =>
          nodes[id]!.steps.length <= node.steps.length &&
          prefixNode(node.steps, nodes[id]!.steps.length) === id,
      ),
    );
    for (const el of document.querySelectorAll<SVGElement>('[data-diagram-node]')) {
      const id = el.dataset.diagramNode!;
      el.classList.toggle('on-path', onPath.has(id));
      el.classList.toggle('current', id === nodeId);
      const link = el.querySelector('a');
      if (id === nodeId) link?.setAttribute('aria-current', 'step');
      else link?.removeAttribute('aria-current');
    }
    for (const el of document.querySelectorAll<SVGElement>('[data-diagram-edge]')) {
      const [from, to] = el.dataset.diagramEdge!.split(' ');
      el.classList.toggle('on-path', onPath.has(from!) && onPath.has(to!));
    }
    heading.current?.focus();
    setAnnouncement(
      fillText(node.kind === 'question' ? s.announceQuestion : s.announceVerdict, { title }, lang),
    );
  }, [nodeId]);

  const navigate = (target: NodeId) => (event: MouseEvent) => {
    if (!enhanced || !isPlainClick(event)) return;
    event.preventDefault();
    go(target, true);
  };

  const summary = node.steps.length > 0 && (
    <section class="answers" aria-labelledby="answers-title">
      <h2 id="answers-title">{s.yourAnswers}</h2>
      <dl class="summary">
        {node.steps.map((step, i) => {
          const at = prefixNode(node.steps, i);
          const asked = nodes[at]!;
          const option =
            asked.kind === 'question'
              ? asked.options.find((o) => o.answer === step.answer)
              : undefined;
          return (
            <div class="summary-row" key={step.question}>
              <dt>{questions[step.question].title}</dt>
              <dd>{option?.label}</dd>
              <dd class="summary-action">
                <a
                  href={paths[at]![lang]}
                  onClick={navigate(at)}
                  aria-label={fillText(
                    s.changeLabel,
                    { question: questions[step.question].title },
                    lang,
                  )}
                >
                  {s.change}
                </a>
              </dd>
            </div>
          );
        })}
      </dl>
      <p>
        <a
          href={paths[prefixNode([], 0)]![lang]}
          onClick={navigate(prefixNode([], 0))}
          data-start-again
        >
          {s.startAgain}
        </a>
      </p>
    </section>
  );

  const live = (
    <p class="visually-hidden" aria-live="polite" aria-atomic="true">
      {announcement}
    </p>
  );

  if (node.kind === 'question') {
    const question = questions[node.question];
    const groupHint = `hint-${nodeId}`;
    const errorId = `error-${nodeId}`;
    const fieldset = (children: ComponentChildren) => (
      <fieldset class="question" aria-describedby={`${groupHint}${error ? ` ${errorId}` : ''}`}>
        <legend>
          <span class="caption">
            {fillText(s.questionNumber, { n: node.steps.length + 1 }, lang)}
          </span>
          <h1 tabIndex={-1} ref={heading}>
            {question.title}
          </h1>
        </legend>
        <p class="hint" id={groupHint}>
          {question.hint}
        </p>
        {error && (
          <p class="error" id={errorId}>
            {fillParts(
              s.prefixed,
              {
                prefix: <span class="visually-hidden">{s.errorPrefix}</span>,
                text: s.chooseAnswer,
              },
              lang,
            )}
          </p>
        )}
        <div class="options">
          {node.options.map((option) => {
            const inputId = `answer-${nodeId}-${option.answer}`;
            return (
              <div class="option" key={option.answer}>
                <input
                  type="radio"
                  id={inputId}
                  name="answer"
                  value={option.answer}
                  checked={enhanced ? selected === option.answer : undefined}
                  aria-describedby={`${inputId}-hint`}
                  onChange={() => {
                    setSelected(option.answer);
                    setError(false);
                  }}
                />
                <label for={inputId}>{option.label}</label>
                <p class="option-hint" id={`${inputId}-hint`}>
                  {option.hint}
                </p>
              </div>
            );
          })}
        </div>
        {children}
      </fieldset>
    );
    if (!enhanced) {
      return (
        <Walker node={nodeId} enhanced={false} live={live}>
          <div class="step step--static">
            {fieldset(
              <div class="continue">
                {node.options.map((option) => (
                  <a
                    key={option.answer}
                    class="button continue-link"
                    href={paths[option.next]![lang]}
                  >
                    {s.continue}
                  </a>
                ))}
                <p class="continue-placeholder">{s.chooseAnswerFallback}</p>
                <div class="answer-links">
                  <p>{s.orChooseDirectly}</p>
                  <ul>
                    {node.options.map((option) => (
                      <li key={option.answer}>
                        <a href={paths[option.next]![lang]}>{option.label}</a>
                      </li>
                    ))}
                  </ul>
                </div>
              </div>,
            )}
          </div>
          {summary}
        </Walker>
      );
    }
    return (
      <Walker node={nodeId} enhanced live={live}>
        <form
          class="step"
          noValidate
          onSubmit={(event) => {
            event.preventDefault();
            const option = node.options.find((o) => o.answer === selected);
            if (option) go(option.next, true);
            else {
              setError(true);
              setAnnouncement(s.chooseAnswer);
              document.getElementById(`answer-${nodeId}-${node.options[0]!.answer}`)?.focus();
            }
          }}
        >
          {fieldset(
            <div class="continue">
              <button type="submit" class="button">
                {s.continue}
              </button>
            </div>,
          )}
        </form>
        {summary}
      </Walker>
    );
  }

  const status = props.statuses[node.status];
  const showHelper = props.helper && node.outcomes.includes('request-reseller-relationship');
  return (
    <Walker node={nodeId} enhanced={enhanced} live={live}>
      <div class={`verdict verdict--${node.status}`}>
        <p class="caption">{s.result}</p>
        <h1 tabIndex={-1} ref={heading}>
          {node.title ?? status.title}
        </h1>
        <p class="lead">{node.explanation ?? status.explanation}</p>
      </div>
      <section aria-labelledby="todo-title">
        <h2 id="todo-title">{s.whatToDo}</h2>
        {node.outcomes.length === 0 ? (
          <p>{s.noOutcome}</p>
        ) : (
          <ol class="outcomes">
            {node.outcomes.map((id) => {
              const outcome = props.outcomes[id]!;
              return (
                <li key={id} class="outcome" data-outcome={id}>
                  <h3>{outcome.title}</h3>
                  <p>{outcome.explanation}</p>
                  <p class="next-step">
                    {fillParts(
                      s.labelled,
                      {
                        label: <strong>{s.nextStep}</strong>,
                        text:
                          (node.role &&
                            node.cloud &&
                            outcome.roleSteps?.[node.cloud]?.[node.role]) ??
                          outcome.nextStep,
                      },
                      lang,
                    )}
                  </p>
                </li>
              );
            })}
          </ol>
        )}
      </section>
      {node.changes.length > 0 && (
        <section aria-labelledby="changes-title" class="changes" data-changes>
          <h2 id="changes-title">{s.changesHeading}</h2>
          <p>{s.changesIntro}</p>
          <ul class="change-notes">
            {node.changes.map((id) => (
              <li
                key={id}
                class="change-note"
                data-change={id}
                dangerouslySetInnerHTML={{ __html: props.changes[id]! }}
              />
            ))}
          </ul>
        </section>
      )}
      {showHelper && <InvitationHelper {...props.helper!} />}
      {summary}
      {node.readings.length > 0 && (
        <section aria-labelledby="reading-title">
          <h2 id="reading-title">{s.ourReading}</h2>
          {node.readings.map((reading) => (
            <p key={reading}>{reading}</p>
          ))}
        </section>
      )}
      <section aria-labelledby="sources-title" class="sources">
        <h2 id="sources-title">{s.sources}</h2>
        {node.sources.map((key) => {
          const source = props.sources[key]!;
          return <SeedCitation key={key} source={source} strings={s.seedCitation} lang={lang} />;
        })}
      </section>
    </Walker>
  );
}

/** The island's frame; the live region stays the same element across steps, so it speaks. */
function Walker(props: {
  node: NodeId;
  enhanced: boolean;
  live: ComponentChildren;
  children: ComponentChildren;
}) {
  return (
    <div
      class="walker"
      data-tree-walker
      data-node={props.node}
      data-enhanced={props.enhanced ? '' : undefined}
    >
      <div class="walker-content">{props.children}</div>
      {props.live}
    </div>
  );
}
