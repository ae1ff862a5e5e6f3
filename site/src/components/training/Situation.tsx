import type { ComponentChildren } from 'preact';

/** A slide's situation in large type: each question (as its label) over its answer. */
export function Situation(props: { rows: readonly { label: string; value: string }[] }) {
  return (
    <dl class="situation situation--large">
      {props.rows.map((row) => (
        <div key={row.label}>
          <dt>{row.label}</dt>
          <dd>{row.value}</dd>
        </div>
      ))}
    </dl>
  );
}

/**
 * What every slide shows, of either deck: the situation and the prompt; revealed, the answer
 * under its badge (the verdict or the cause) with the rest of the answer below it.
 */
export function SlideFrame(props: {
  rows: readonly { label: string; value: string }[];
  prompt: string;
  revealed: boolean;
  badge: { class?: string; title: string };
  children: ComponentChildren;
}) {
  return (
    <>
      <Situation rows={props.rows} />
      <p class="slide-prompt">{props.prompt}</p>
      {props.revealed && (
        <div class="slide-answer">
          <p class={['status-badge', props.badge.class].filter(Boolean).join(' ')}>
            <strong>{props.badge.title}</strong>
          </p>
          {props.children}
        </div>
      )}
    </>
  );
}
