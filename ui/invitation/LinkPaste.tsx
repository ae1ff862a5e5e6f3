import type { ComponentType } from 'preact';
import { useState } from 'preact/hooks';
import type { LinkPasteResultProps } from './LinkPasteResult.tsx';

/** The result view (`LinkPasteResult`), or how to load it on first use. */
export type LinkPasteResultView =
  | { component: ComponentType<LinkPasteResultProps> }
  | { load: () => Promise<ComponentType<LinkPasteResultProps>> };

export interface LinkPasteProps {
  /** Prefix for element ids, unique in the document. */
  idPrefix: string;
  /** Everything the result needs but the text (`LinkPasteResult`); its strings name the field. */
  result: Omit<LinkPasteResultProps, 'text' | 'explainEmpty' | 'idPrefix'>;
  view: LinkPasteResultView;
}

/**
 * The one paste-a-link checker, on the site (the invitation helper) and in the extension (the
 * popup, the entry point, the indirect resellers' help): a field with its label and hint, and
 * below it what the text is (`LinkPasteResult`: one reading, the explanation with whose link
 * it is, the way into troubleshooting, the e-mail only for a link that is not someone else's).
 *
 * When the text is read is the one difference, given by the strings:
 * - with a Check button (`strings.paste.check`, the site): the text is read when the partner
 *   presses it, and the result view loads on the first focus or Check (`view.load`), so the
 *   page's first script stays small (bench/budgets.ts); a result is announced (`aria-live`);
 * - without one (the extension): read as the partner types, since its UI is loaded already
 *   and the popup has room for nothing else; the result is not announced at every keystroke.
 * Decision: both stay as they are. A site reader pastes into a page among other reading and
 * expects a form; the extension's checker is the tool itself, and an answer as you paste saves
 * a step there.
 *
 * Works in a shadow root; the pasted text is only ever rendered as text. Automation:
 * `data-link-paste` on the root, the explanation's `data-link-*`, `data-link-cause`,
 * `data-link-alteration`, `data-troubleshoot-link`, `data-email-composer`.
 */
export function LinkPaste({ idPrefix, result, view }: LinkPasteProps) {
  const s = result.strings.paste;
  const [text, setText] = useState('');
  const [checked, setChecked] = useState<{ text: string; n: number } | undefined>();
  const [Loaded, setLoaded] = useState<ComponentType<LinkPasteResultProps> | undefined>(() =>
    'component' in view ? view.component : undefined,
  );
  const load = async () => {
    if (Loaded) return Loaded;
    const component = 'component' in view ? view.component : await view.load();
    setLoaded(() => component);
    return component;
  };
  const fieldId = `${idPrefix}-paste`;
  const hintId = `${idPrefix}-hint`;
  const field = (
    <div class="field">
      <label for={fieldId}>{s.label}</label>
      {s.hint && (
        <p class="hint" id={hintId}>
          {s.hint}
        </p>
      )}
      <textarea
        id={fieldId}
        rows={3}
        spellcheck={false}
        autocomplete="off"
        aria-describedby={s.hint ? hintId : undefined}
        value={text}
        onInput={(event) => setText(event.currentTarget.value)}
        onFocus={() => void load()}
      />
    </div>
  );
  if (!s.check) {
    return (
      <div class="link-paste" data-link-paste>
        {field}
        {Loaded && <Loaded {...result} text={text} idPrefix={idPrefix} />}
      </div>
    );
  }
  return (
    <div class="link-paste" data-link-paste>
      <form
        noValidate
        onSubmit={(event) => {
          event.preventDefault();
          void load().then(() => setChecked((last) => ({ text, n: (last?.n ?? 0) + 1 })));
        }}
      >
        {field}
        <button type="submit" class="button">
          {s.check}
        </button>
      </form>
      <div aria-live="polite" class="link-paste-result">
        {Loaded && checked && (
          <Loaded
            key={checked.n}
            {...result}
            text={checked.text}
            explainEmpty
            idPrefix={idPrefix}
          />
        )}
      </div>
    </div>
  );
}
