import { useLayoutEffect, type MutableRef } from 'preact/hooks';

/** The size slides are laid out at; the canvas is scaled to its stage (as reveal.js does). */
export const CANVAS = { width: 1280, height: 720 } as const;

/** The scale that fits the canvas into a box of this size, whole, keeping its proportions. */
export function fitScale(width: number, height: number): number {
  if (width <= 0 || height <= 0) return 0;
  return Math.min(width / CANVAS.width, height / CANVAS.height);
}

/**
 * Keeps the `--deck-scale` custom property of `stage` at the scale that fits the canvas into
 * it, as the window, full screen or the layout change its size. (A custom property set from
 * script, not a style attribute: the page's Content-Security-Policy allows no inline styles.)
 */
export function useFitScale(stage: MutableRef<HTMLElement | null>): void {
  useLayoutEffect(() => {
    const element = stage.current;
    if (!element) return;
    const update = () =>
      element.style.setProperty(
        '--deck-scale',
        String(fitScale(element.clientWidth, element.clientHeight)),
      );
    update();
    const observer = new ResizeObserver(update);
    observer.observe(element);
    return () => observer.disconnect();
  }, [stage]);
}
