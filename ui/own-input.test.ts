import { describe, expect, it } from 'vitest';
import { ownAction, ownChoice, ownText } from './own-input.ts';

/** An event as a browser makes it: trusted or not, with an edit type or none. */
function event<F>(field: F, { trusted, inputType }: { trusted: boolean; inputType?: string }) {
  let prevented = false;
  return {
    isTrusted: trusted,
    inputType,
    currentTarget: field,
    preventDefault: () => void (prevented = true),
    get prevented() {
      return prevented;
    },
  } as unknown as Event & { currentTarget: F; readonly prevented: boolean };
}

describe('ownText', () => {
  const setup = () => {
    const field = { value: '' } as HTMLInputElement;
    const applied: string[] = [];
    const handlers = ownText<HTMLInputElement>('Contoso', (value) => applied.push(value));
    return { field, applied, handlers };
  };

  it("takes the partner's typing: a trusted beforeinput, then the input", () => {
    const { field, applied, handlers } = setup();
    handlers.onBeforeInput(event(field, { trusted: true, inputType: 'insertText' }));
    field.value = 'Contoso AG';
    handlers.onInput(event(field, { trusted: true, inputType: 'insertText' }));
    expect(applied).toEqual(['Contoso AG']);
  });

  it("takes the browser's autofill (no edit type, or Firefox's replacement text)", () => {
    const { field, applied, handlers } = setup();
    field.value = 'Contoso AG';
    handlers.onInput(event(field, { trusted: true }));
    field.value = 'Fabrikam';
    handlers.onInput(event(field, { trusted: true, inputType: 'insertReplacementText' }));
    expect(applied).toEqual(['Contoso AG', 'Fabrikam']);
  });

  it('drops a faked input and shows the state again', () => {
    const { field, applied, handlers } = setup();
    field.value = 'Evil Partner Ltd';
    handlers.onInput(event(field, { trusted: false, inputType: 'insertText' }));
    expect(applied).toEqual([]);
    expect(field.value).toBe('Contoso');
  });

  it("drops a script's editing command: trusted input, but no beforeinput of the partner's", () => {
    const { field, applied, handlers } = setup();
    // A faked beforeinput does not count either.
    handlers.onBeforeInput(event(field, { trusted: false, inputType: 'insertText' }));
    field.value = 'Evil Partner Ltd';
    handlers.onInput(event(field, { trusted: true, inputType: 'insertText' }));
    expect(applied).toEqual([]);
    expect(field.value).toBe('Contoso');
  });

  it('forgets a beforeinput that brought no input by the next task (a cancelled keystroke)', async () => {
    const { field, applied, handlers } = setup();
    // The partner's keystroke: a page's capture listener cancels it, so no input follows.
    handlers.onBeforeInput(event(field, { trusted: true, inputType: 'insertText' }));
    // A task later, a script's editing command: a trusted input without a beforeinput.
    await new Promise((resolve) => setTimeout(resolve, 0));
    field.value = 'Evil Partner Ltd';
    handlers.onInput(event(field, { trusted: true, inputType: 'insertText' }));
    expect(applied).toEqual([]);
    expect(field.value).toBe('Contoso');
  });

  it('counts one beforeinput for one edit only', () => {
    const { field, applied, handlers } = setup();
    handlers.onBeforeInput(event(field, { trusted: true, inputType: 'insertText' }));
    field.value = 'Contoso A';
    handlers.onInput(event(field, { trusted: true, inputType: 'insertText' }));
    field.value = 'Evil';
    handlers.onInput(event(field, { trusted: true, inputType: 'insertText' }));
    expect(applied).toEqual(['Contoso A']);
    expect(field.value).toBe('Contoso');
  });
});

describe('ownChoice and ownAction', () => {
  it("take the partner's pick and click, and drop a script's", () => {
    const select = { value: 'zh' } as HTMLSelectElement;
    const picked: string[] = [];
    const onChange = ownChoice<HTMLSelectElement>('en', (value) => picked.push(value));
    onChange(event(select, { trusted: false }));
    expect(select.value).toBe('en');
    select.value = 'de';
    onChange(event(select, { trusted: true }));
    expect(picked).toEqual(['de']);

    let acted = 0;
    const onClick = ownAction(() => void acted++);
    const faked = event(null, { trusted: false });
    onClick(faked);
    expect({ acted, prevented: faked.prevented }).toEqual({ acted: 0, prevented: true });
    const own = event(null, { trusted: true });
    onClick(own);
    expect({ acted, prevented: own.prevented }).toEqual({ acted: 1, prevented: false });
  });
});
