import type { ComponentType } from 'preact';
import { useEffect, useRef, useState } from 'preact/hooks';
import { ownText } from '../own-input.ts';
import type { LinkPasteResultProps } from './LinkPasteResult.tsx';
import type { LinkPasteStrings } from './strings.ts';

/** The result's first line: its heading, its first paragraph or its alert. */
const RESULT_START = 'h2, h3, h4, h5, p, [role="alert"]';

/** What the field itself shows: its label, its hint and, on the site, its Check button. */
export type LinkPasteFieldStrings = Pick<LinkPasteStrings, 'label' | 'hint' | 'check'>;

/** What every result view takes: the text, the ids' prefix and at least the field's strings. */
export interface PasteResultBase {
  text: string;
  idPrefix: string;
  strings: { paste: LinkPasteFieldStrings };
}

export interface LinkPasteProps<R extends PasteResultBase = LinkPasteResultProps> {
  /** Prefix for element ids, unique in the document. */
  idPrefix: string;
  /** Everything the result needs but the text (`LinkPasteResult`); its strings name the field. */
  result: Omit<R, 'text' | 'idPrefix'>;
  /**
   * The result view (`LinkPasteResult`) where its owner loads it: shown as given, so the owner
   * can hold it back until it speaks the reader's language (the extension's overlay).
   */
  Result?: ComponentType<R> | undefined;
  /** Or how to load it, on the first focus or Check (the site). */
  load?: (() => Promise<ComponentType<R>>) | undefined;
  /** Told when the field is focused, where the owner loads the result view (`Result`) itself. */
  onWantResult?: (() => void) | undefined;
}

/**
 * The one paste-a-link checker, on the site (the invitation helper) and in the extension (the
 * popup, the entry point, the indirect resellers' help): a field with its label and hint, and
 * below it what the text is (`LinkPasteResult`: one reading, the explanation with whose link
 * it is, the way into troubleshooting, the e-mail only for a link that is not someone else's).
 *
 * When the text is read is the one difference, given by the strings:
 * - with a Check button (`strings.paste.check`, the site): the text is read when the partner
 *   presses it, and the result view loads on the first focus or Check (`load`), so the
 *   page's first script stays small (bench/budgets.ts); a result is announced (`aria-live`);
 * - without one (the extension): read as the partner types; the result view (the overlay's
 *   link part) is asked for at the first focus (`onWantResult`) and shows what was typed once
 *   it is there (a local file, a moment later); the result is not announced at every keystroke (a
 *   refused link is an alert of its own).
 * Decision: both stay as they are. On the site the checker sits in a page the reader is
 *   reading, and a form with Check keeps the page's first script small; in the popup and the
 *   portal's entry point the check is the whole task, and an answer on paste saves a step.
 *
 * Works in a shadow root; the pasted text is only ever rendered as text, and only the partner's
 * own typing or pasting fills the field (`ownText`: a page script's fake input is dropped).
 * Automation: `data-link-paste` on the root, the explanation's `data-link-*`, `data-link-cause`,
 * `data-link-alteration`, `data-troubleshoot-link`, `data-email-composer`.
 */
export function LinkPaste<R extends PasteResultBase = LinkPasteResultProps>({
  idPrefix,
  result,
  Result: given,
  load,
  onWantResult,
}: LinkPasteProps<R>) {
  const s = result.strings.paste;
  const [text, setText] = useState('');
  // The text as it was at the last Check; the result stays mounted, so a company name typed
  // for the e-mail survives a second check.
  const [checked, setChecked] = useState<string>();
  const [loaded, setResult] = useState<ComponentType<R>>();
  const Result = given ?? loaded;
  const loadResult = async () => {
    onWantResult?.();
    if (!load) return;
    const component = await load();
    setResult(() => component);
  };
  const shown = s.check ? checked : text;
  const id = `${idPrefix}-paste`;
  // The result appears below the field, which may be at the bottom of a scrolled panel (the
  // entry point below the portal's command bars) or of a phone's screen: its first line is
  // brought into view, the least scrolling that shows it, so the partner sees that the text
  // was read. Nothing moves while that line is in view.
  const resultBox = useRef<HTMLDivElement>(null);
  useEffect(() => {
    if (!shown?.trim()) return;
    resultBox.current
      ?.querySelector(RESULT_START)
      ?.scrollIntoView({ block: 'nearest', inline: 'nearest' });
  }, [shown, Result]);
  const field = (
    <div class="field">
      <label for={id}>{s.label}</label>
      {s.hint && (
        <p class="hint" id={`${id}-hint`}>
          {s.hint}
        </p>
      )}
      <textarea
        id={id}
        rows={3}
        spellcheck={false}
        autocomplete="off"
        aria-describedby={s.hint ? `${id}-hint` : undefined}
        value={text}
        {...ownText(text, setText)}
        onFocus={() => void loadResult()}
      />
    </div>
  );
  return (
    <div class="link-paste" data-link-paste>
      {s.check ? (
        <form
          noValidate
          onSubmit={(event) => {
            event.preventDefault();
            // Reads only what the partner typed (the field's state), whoever submits.
            void loadResult().then(() => setChecked(text));
          }}
        >
          {field}
          <button type="submit" class="button">
            {s.check}
          </button>
        </form>
      ) : (
        field
      )}
      <div class="link-paste-result" ref={resultBox} aria-live={s.check ? 'polite' : undefined}>
        {Result && shown !== undefined && (
          // `result` is R without these two; TypeScript cannot see that adding them back gives R.
          <Result {...({ ...result, text: shown, idPrefix } as unknown as R)} />
        )}
      </div>
    </div>
  );
}
