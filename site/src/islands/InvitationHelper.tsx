import type { FunctionComponent } from 'preact';
import { useEffect, useId, useState } from 'preact/hooks';
import type HelperResult from './HelperResult.tsx';
import type { HelperProps } from './types.ts';

type Result = FunctionComponent<Parameters<typeof HelperResult>[0]>;
let loading: Promise<Result> | undefined;
/** The parser, the e-mail texts and the result view load on first use (focus or Check). */
const loadResult = (): Promise<Result> =>
  (loading ??= import('./HelperResult.tsx').then((m) => m.default));

/**
 * The invitation helper's form: paste the link from Partner Center, press Check. Without
 * JavaScript it says that the check needs it. Nothing typed is sent anywhere.
 */
export default function InvitationHelper({
  lang,
  guideBase,
  headingLevel,
  strings: s,
}: HelperProps) {
  const id = useId();
  const [enhanced, setEnhanced] = useState(false);
  const [input, setInput] = useState('');
  const [checked, setChecked] = useState<{ input: string; n: number } | undefined>();
  const [Result, setResult] = useState<Result | undefined>();
  useEffect(() => setEnhanced(true), []);
  const Heading = headingLevel === 2 ? 'h2' : 'h3';

  return (
    <section class="helper" aria-labelledby={`${id}-title`} data-invitation-helper>
      <Heading id={`${id}-title`}>{s.title}</Heading>
      <p>{s.intro}</p>
      {!enhanced ? (
        <p class="notice">{s.needsJs}</p>
      ) : (
        <>
          <p class="privacy">{s.privacy}</p>
          <form
            noValidate
            onSubmit={(event) => {
              event.preventDefault();
              void loadResult().then((component) => {
                setResult(() => component);
                setChecked({ input, n: (checked?.n ?? 0) + 1 });
              });
            }}
          >
            <div class="field">
              <label for={`${id}-link`}>{s.pasteLabel}</label>
              <p class="hint" id={`${id}-link-hint`}>
                {s.pasteHint}
              </p>
              <textarea
                id={`${id}-link`}
                rows={3}
                spellcheck={false}
                autocomplete="off"
                aria-describedby={`${id}-link-hint`}
                value={input}
                onInput={(e) => setInput(e.currentTarget.value)}
                onFocus={() => void loadResult()}
              />
            </div>
            <button type="submit" class="button">
              {s.check}
            </button>
          </form>
          <div aria-live="polite" class="helper-result">
            {Result && checked && (
              <Result
                key={checked.n}
                input={checked.input}
                lang={lang}
                guideBase={guideBase}
                id={id}
                Sub={headingLevel === 2 ? 'h3' : 'h4'}
                strings={s}
              />
            )}
          </div>
        </>
      )}
    </section>
  );
}
