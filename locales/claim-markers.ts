import type { ClaimView } from './claims.ts';

/**
 * What a rendered surface does wrong with claims: a claim's text shown outside an element
 * that names the claim (`data-claim`) and its confirmation level (`data-confirmation`), or
 * without the claim's confirmation marker beside it. Works on any DOM (the browser, linkedom
 * in unit tests); used by the tests of every surface that shows claims.
 */
export function claimMarkerProblems(root: Element, views: readonly ClaimView[]): string[] {
  const problems: string[] = [];
  const text = (root.textContent ?? '').replace(/\s+/g, ' ');
  for (const view of views) {
    const sentence = view.text.replace(/\s+/g, ' ');
    if (!text.includes(sentence)) continue;
    const holders = Array.from(root.querySelectorAll(`[data-claim="${view.id}"]`)).filter((el) =>
      (el.textContent ?? '').replace(/\s+/g, ' ').includes(sentence),
    );
    if (holders.length === 0) {
      problems.push(`"${view.id}" is shown outside an element with data-claim="${view.id}".`);
      continue;
    }
    for (const holder of holders) {
      if (holder.getAttribute('data-confirmation') !== view.confirmation) {
        problems.push(
          `"${view.id}" says data-confirmation="${String(holder.getAttribute('data-confirmation'))}", the register says "${view.confirmation}".`,
        );
      }
      if (
        !(holder.textContent ?? '').replace(/\s+/g, ' ').includes(view.marker.replace(/\s+/g, ' '))
      ) {
        problems.push(`"${view.id}" is shown without its confirmation marker ("${view.marker}").`);
      }
    }
  }
  return problems;
}
