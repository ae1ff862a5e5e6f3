/**
 * Text contrast as a user sees it, for forced colours (Windows high contrast) where axe does not
 * look: every shown text of a surface against what is behind it. Run in the page
 * (`page.evaluate(lowContrastText, { host, min })`): self-contained, no closure.
 *
 * A text-bearing element is one with a text node of its own or a form control; its colour is
 * laid over the backgrounds of its ancestors (across shadow roots) down to the first opaque
 * one, or the page's canvas. Disabled controls are left out, as WCAG 1.4.3 leaves them out.
 * Returns one line per element below `min`: the element, its text, both colours and the ratio.
 */
export function lowContrastText({ host, min }: { host?: string; min: number }): string[] {
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
  const css = (c: Rgba) => `rgb(${c.slice(0, 3).map(Math.round).join(', ')})`;
  const parentOf = (e: Element): Element | null =>
    e.parentElement ?? ((e.getRootNode() as ShadowRoot).host || null);

  // The page's canvas, in the palette in force.
  const probe = document.createElement('div');
  probe.style.cssText = 'position:absolute;width:0;height:0;background-color:Canvas';
  document.body.append(probe);
  const canvas = parse(getComputedStyle(probe).backgroundColor);
  probe.remove();

  const root: ParentNode = host ? document.querySelector(host)!.shadowRoot! : document;
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

    const layers: Rgba[] = [];
    for (let e: Element | null = element; e; e = parentOf(e)) {
      const background = parse(getComputedStyle(e).backgroundColor);
      if (background[3] > 0) layers.push(background);
      if (background[3] >= 1) break;
    }
    const behind = layers.reduceRight((below, layer) => over(layer, below), canvas);
    const text = over(parse(style.color), behind);
    const [light, dark] = [luminance(text), luminance(behind)].sort((a, b) => b - a);
    const ratio = (light! + 0.05) / (dark! + 0.05);
    if (ratio < min) {
      const name = `${element.tagName.toLowerCase()}${element.id ? `#${element.id}` : ''}${Array.from(
        element.classList,
      )
        .map((c) => `.${c}`)
        .join('')}`;
      const said = (control ? (element as HTMLInputElement).value : element.textContent) ?? '';
      low.push(
        `${name} "${said.trim().slice(0, 40)}": ${css(text)} on ${css(behind)} = ${ratio.toFixed(2)}:1`,
      );
    }
  }
  return low;
}
