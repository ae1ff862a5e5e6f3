/**
 * The site's Content-Security-Policy and security headers, in one place.
 *
 * Delivery (decision, see docs/site-structure.md "Security"):
 * - Astro's own CSP support (`security.csp` in astro.config.mjs) writes a
 *   `<meta http-equiv="content-security-policy">` into every page with `CSP_DIRECTIVES` plus
 *   `script-src`/`style-src` made of these sources and the SHA-256 hashes of the page's own
 *   inline scripts and styles. No `'unsafe-inline'`, no `'unsafe-eval'`.
 * - `frame-ancestors` cannot be delivered in a meta element (browsers ignore it there), so it
 *   goes out as a header: `scripts/serve-site.ts` sends `SECURITY_HEADERS` with every
 *   response, and the build writes them to `dist/_headers` for static hosts that read that
 *   file (Netlify, Cloudflare Pages). Other hosts: configure the same headers there.
 */

/** Directives besides script-src and style-src (Astro writes those with its hashes). */
export const CSP_DIRECTIVES = [
  "default-src 'self'",
  "object-src 'none'",
  "base-uri 'none'",
  "form-action 'self'",
  "frame-src 'none'",
  "img-src 'self'",
  "font-src 'self'",
  "connect-src 'self'",
  "worker-src 'self'",
  "manifest-src 'self'",
];

/**
 * script-src besides the hashes. `'wasm-unsafe-eval'` lets the page compile WebAssembly, which
 * Pagefind's search runs on (pagefind/wasm.*.pagefind from our own origin). It is NOT
 * `'unsafe-eval'`: eval(), new Function() and string timers stay blocked; only
 * WebAssembly.compile/instantiate are allowed, and only code the page itself fetched from
 * 'self' can get there.
 */
export const SCRIPT_SOURCES = ["'self'", "'wasm-unsafe-eval'"];

/** style-src besides the hashes: our stylesheets only; no style attributes in the HTML. */
export const STYLE_SOURCES = ["'self'"];

/** The part of the policy only a header can carry, repeated with the directives that matter most. */
export const HEADER_CSP = "frame-ancestors 'none'; object-src 'none'; base-uri 'none'";

/** Sent with every response of the site (serve script, `_headers`). */
export const SECURITY_HEADERS: Readonly<Record<string, string>> = {
  'content-security-policy': HEADER_CSP,
  'x-content-type-options': 'nosniff',
  'referrer-policy': 'strict-origin-when-cross-origin',
  // For browsers that predate frame-ancestors.
  'x-frame-options': 'DENY',
};

/** `_headers` for static hosts (Netlify/Cloudflare Pages format): the headers for every path. */
export function headersFile(): string {
  const lines = Object.entries(SECURITY_HEADERS).map(([name, value]) => `  ${name}: ${value}`);
  return `/*\n${lines.join('\n')}\n`;
}
