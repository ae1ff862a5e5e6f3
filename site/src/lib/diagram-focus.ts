/**
 * A tree diagram wider than the screen (a phone) scrolls sideways in its own box. This keeps
 * the reader's current step in view there: on load, and whenever the tree island moves the
 * highlight (`.node.current`). Only the box scrolls, never the page.
 */
function centerCurrent(box: HTMLElement): void {
  const current = box.querySelector('.node.current');
  if (!current || box.scrollWidth <= box.clientWidth) return;
  const node = current.getBoundingClientRect();
  const view = box.getBoundingClientRect();
  box.scrollLeft += node.left + node.width / 2 - (view.left + view.width / 2);
}

for (const box of document.querySelectorAll<HTMLElement>('.diagram-scroll')) {
  centerCurrent(box);
  new MutationObserver(() => centerCurrent(box)).observe(box, {
    subtree: true,
    attributes: true,
    attributeFilter: ['class'],
  });
}
