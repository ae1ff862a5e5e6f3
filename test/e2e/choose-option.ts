import type { Locator } from '@playwright/test';

/** An option by its visible label, its value or its position. */
export type OptionChoice = { label: string } | { value: string } | { index: number };

/**
 * Picks an option of a `<select>` as a partner does with the keyboard: focus, then the arrow
 * keys. The browser marks these events as the user's own (`isTrusted`); Playwright's
 * `selectOption` dispatches untrusted ones, which our controls ignore (ui/own-input.ts).
 */
export async function chooseOption(select: Locator, choice: OptionChoice | string): Promise<void> {
  const want: OptionChoice = typeof choice === 'string' ? { value: choice } : choice;
  const { from, to, known } = await select.evaluate((element, wanted) => {
    const options = Array.from((element as HTMLSelectElement).options);
    const index =
      'index' in wanted
        ? wanted.index
        : options.findIndex(
            (o) => ('label' in wanted ? o.label : o.value) === Object.values(wanted)[0],
          );
    return {
      from: (element as HTMLSelectElement).selectedIndex,
      to: index,
      known: options.map((o) => o.label),
    };
  }, want);
  if (to < 0 || to >= known.length) {
    throw new Error(
      `No option ${JSON.stringify(want)} in this select; it offers: ${known.join(', ')}.`,
    );
  }
  await select.focus();
  for (let step = from; step !== to; step += to > from ? 1 : -1)
    await select.press(to > from ? 'ArrowDown' : 'ArrowUp');
}
