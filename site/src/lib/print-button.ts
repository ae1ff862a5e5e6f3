/**
 * Print buttons (`<button data-print hidden>`, components/PrintButton.astro): printing needs
 * script, so a button appears only where script runs, and prints the page. The browser's
 * own Print command works everywhere; the print styles are the same.
 */
for (const button of document.querySelectorAll<HTMLButtonElement>('button[data-print]')) {
  button.hidden = false;
  button.addEventListener('click', () => window.print());
}
