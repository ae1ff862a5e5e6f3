/**
 * Puts text on the clipboard after a click. Uses the asynchronous Clipboard API where the page
 * allows it and falls back to a hidden text area and `execCommand('copy')` (still the only way
 * on some pages and in older Firefox content scripts). Resolves to whether copying worked.
 */
export async function copyText(text: string, scope: Node): Promise<boolean> {
  try {
    if (navigator.clipboard?.writeText) {
      await navigator.clipboard.writeText(text);
      return true;
    }
  } catch {
    // Denied or unavailable: try the fallback below.
  }
  const root = scope.getRootNode();
  // Inside a shadow root (the extension's), the text area goes there; else into the body.
  const host = root.nodeType === root.DOCUMENT_FRAGMENT_NODE ? root : document.body;
  const area = document.createElement('textarea');
  area.value = text;
  area.setAttribute('readonly', '');
  area.style.cssText = 'position:fixed;left:-9999px;top:0;opacity:0;';
  host.appendChild(area);
  area.select();
  let ok = false;
  try {
    ok = document.execCommand('copy');
  } catch {
    ok = false;
  }
  area.remove();
  return ok;
}
