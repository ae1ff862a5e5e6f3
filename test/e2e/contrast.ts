import type { PageRunner } from './axe.ts';

/**
 * Contrast as a user sees it, for forced colours (Windows high contrast, Firefox's own colours)
 * where axe does not look: every shown text of a surface against what is behind it, and the
 * focus outline of the control that has the keyboard focus. Run in the page
 * (`page.evaluate(lowContrast, { host, ...CONTRAST_MINIMUM })`): self-contained, no closure.
 *
 * A text-bearing element is one with a text node of its own or a form control; its colour is
 * laid over the backgrounds of its ancestors (across shadow roots) down to the first opaque
 * one, or the page's canvas. Disabled controls are left out, as WCAG 1.4.3 leaves them out.
 * The focused control (`:focus-visible`, inside `host` when given) must draw an outline whose
 * colour keeps `outline` against the backgrounds behind it (WCAG 1.4.11; the outline lies
 * outside the control, on its parent). Returns one line per element below its minimum: the
 * element, its text, both colours and the ratio.
 */
export function lowContrast({
  host,
  text: textMinimum,
  outline: outlineMinimum,
}: {
  host?: string;
  text: number;
  outline: number;
}): string[] {
  type Rgba = [number, number, number, number];
  const parse = (value: string): Rgba => {
    const [r = 0, g = 0, b = 0, a = 1] = (value.match(/[\d.]+/g) ?? []).map(Number);
    return value === 'transparent' ? [0, 0, 0, 0] : [r, g, b, a];
  };
  const over = (top: Rgba, below: Rgba): Rgba => {
    const a = top[3];
    return [0, 1, 2].map((i) => top[i]! * a + below[i]! * (1 - a)).concat(1) as Rgba;
  };
  const luminance = ([r, g, b]: Rgba) =>
    [r, g, b]
      .map((c) => c / 255)
      .map((c) => (c <= 0.03928 ? c / 12.92 : ((c + 0.055) / 1.055) ** 2.4))
      .reduce((sum, c, i) => sum + c * [0.2126, 0.7152, 0.0722][i]!, 0);
  const ratioOf = (a: Rgba, b: Rgba) => {
    const [light, dark] = [luminance(a), luminance(b)].sort((x, y) => y - x);
    return (light! + 0.05) / (dark! + 0.05);
  };
  const css = (c: Rgba) => `rgb(${c.slice(0, 3).map(Math.round).join(', ')})`;
  const parentOf = (e: Element): Element | null =>
    e.parentElement ?? ((e.getRootNode() as ShadowRoot).host || null);

  // The page's canvas, in the palette in force.
  const probe = document.createElement('div');
  probe.style.cssText = 'position:absolute;width:0;height:0;background-color:Canvas';
  document.body.append(probe);
  const canvas = parse(getComputedStyle(probe).backgroundColor);
  probe.remove();

  /** The backgrounds from `start` outwards down to the first opaque one, over the canvas. */
  const backdrop = (start: Element | null): Rgba => {
    const layers: Rgba[] = [];
    for (let e = start; e; e = parentOf(e)) {
      const background = parse(getComputedStyle(e).backgroundColor);
      if (background[3] > 0) layers.push(background);
      if (background[3] >= 1) break;
    }
    return layers.reduceRight((below, layer) => over(layer, below), canvas);
  };
  const nameOf = (element: Element) =>
    `${element.tagName.toLowerCase()}${element.id ? `#${element.id}` : ''}${Array.from(
      element.classList,
    )
      .map((c) => `.${c}`)
      .join('')}`;

  const root: Document | ShadowRoot = host ? document.querySelector(host)!.shadowRoot! : document;
  const low: string[] = [];
  for (const element of Array.from(root.querySelectorAll('*'))) {
    const control = element.matches(
      'input:not([type=radio]):not([type=checkbox]), textarea, select',
    );
    const ownText = Array.from(element.childNodes).some(
      (n) => n.nodeType === Node.TEXT_NODE && n.textContent!.trim() !== '',
    );
    if (!control && !ownText) continue;
    if (element.matches('option, script, style, title') || element.closest(':disabled')) continue;
    const box = element.getBoundingClientRect();
    // Not shown, or text for screen readers only (a 1-pixel clip).
    if (box.width <= 1 || box.height <= 1) continue;
    const style = getComputedStyle(element);
    if (style.visibility !== 'visible' || Number(style.opacity) === 0) continue;

    const behind = backdrop(element);
    const text = over(parse(style.color), behind);
    const ratio = ratioOf(text, behind);
    if (ratio < textMinimum) {
      const said = (control ? (element as HTMLInputElement).value : element.textContent) ?? '';
      low.push(
        `${nameOf(element)} "${said.trim().slice(0, 40)}": ${css(text)} on ${css(behind)} = ${ratio.toFixed(2)}:1`,
      );
    }
  }

  let focused = root.activeElement;
  while (focused?.shadowRoot?.activeElement) focused = focused.shadowRoot.activeElement;
  if (focused?.matches(':focus-visible')) {
    const style = getComputedStyle(focused);
    const said = `${nameOf(focused)} (focus outline)`;
    if (style.outlineStyle === 'none' || parseFloat(style.outlineWidth) === 0) {
      low.push(`${said}: none`);
    } else {
      const behind = backdrop(parentOf(focused));
      const outline = over(parse(style.outlineColor), behind);
      const ratio = ratioOf(outline, behind);
      if (ratio < outlineMinimum)
        low.push(`${said}: ${css(outline)} on ${css(behind)} = ${ratio.toFixed(2)}:1`);
    }
  }
  return low;
}

/** WCAG 2.2 AA: text (1.4.3) and a focus outline, as a part of a control's look (1.4.11). */
export const CONTRAST_MINIMUM = { text: 4.5, outline: 3 } as const;

/** `lowContrast` in any browser's page, as readable lines prefixed with `where`. */
export async function contrastFindings(
  page: Pick<PageRunner, 'call'>,
  where: string,
  host?: string,
): Promise<string[]> {
  const low = await page.call(lowContrast, { host, ...CONTRAST_MINIMUM });
  return low.map((line) => `${where}: ${line}`);
}
