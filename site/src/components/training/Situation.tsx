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
