import { createHash } from 'node:crypto';
import type { AstroUserConfig } from 'astro';

type CspConfig = Exclude<NonNullable<NonNullable<AstroUserConfig['security']>['csp']>, boolean>;
type CspDirective = NonNullable<CspConfig['directives']>[number];

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
export const CSP_DIRECTIVES: CspDirective[] = [
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

/**
 * A dedicated worker gets the policy of its own response, not the page's <meta>: Pagefind
 * searches in a worker (/pagefind/pagefind-worker.js) that compiles its WebAssembly there.
 * Its files get this policy as a header, with `'wasm-unsafe-eval'` for the same reason as
 * SCRIPT_SOURCES (the page itself needs it when Pagefind falls back to the main thread).
 */
export const WORKER_PATH_PREFIX = '/pagefind/';
// eslint-disable-next-line no-restricted-syntax -- an HTTP header, not text for readers
export const WORKER_CSP = `default-src 'self'; script-src ${SCRIPT_SOURCES.join(' ')}; ${HEADER_CSP}`;

/** Sent with every response of the site (serve script, `_headers`). */
export const SECURITY_HEADERS: Readonly<Record<string, string>> = {
  'content-security-policy': HEADER_CSP,
  'x-content-type-options': 'nosniff',
  'referrer-policy': 'strict-origin-when-cross-origin',
  // For browsers that predate frame-ancestors.
  'x-frame-options': 'DENY',
};

/** The security headers for a path: SECURITY_HEADERS, and WORKER_CSP for Pagefind's files. */
export function securityHeaders(path: string): Record<string, string> {
  return path.startsWith(WORKER_PATH_PREFIX)
    ? { ...SECURITY_HEADERS, 'content-security-policy': WORKER_CSP }
    : { ...SECURITY_HEADERS };
}

/**
 * `_headers` for static hosts (Netlify/Cloudflare Pages format). Where both blocks match,
 * those hosts send both policies and the browser enforces each: still frame-ancestors
 * 'none' everywhere, and WebAssembly allowed in Pagefind's worker.
 */
export function headersFile(): string {
  const block = (path: string, headers: Record<string, string>) =>
    `${path}\n${Object.entries(headers)
      // eslint-disable-next-line no-restricted-syntax -- the _headers file format, not text for readers
      .map(([name, value]) => `  ${name}: ${value}`)
      .join('\n')}\n`;
  return [
    block('/*', SECURITY_HEADERS),
    block(`${WORKER_PATH_PREFIX}*`, { 'content-security-policy': WORKER_CSP }),
  ].join('\n');
}

/** The policy's hash source ('sha256-…', the algorithm of astro.config.mjs) of inline code. */
export function cspHash(code: string): `sha256-${string}` {
  return `sha256-${createHash('sha256').update(code, 'utf8').digest('base64')}`;
}

/** `Astro.csp` where a page or layout adds hashes to its policy. */
interface PagePolicy {
  insertScriptHash(hash: `sha256-${string}`): void;
  insertStyleHash(hash: `sha256-${string}`): void;
}

/**
 * Allows one inline script (`<script is:inline set:html={code}>`) in this page's policy by its
 * hash, and returns the code. Astro hashes the scripts it bundles, not `is:inline` ones. Call
 * it in the frontmatter of the page or of a layout around <Base>, before the <head> renders.
 */
export function allowInlineScript(csp: PagePolicy | undefined, code: string): string {
  csp?.insertScriptHash(cspHash(code));
  return code;
}

/** Like `allowInlineScript`, for an inline `<style is:inline set:html={css}>`. */
export function allowInlineStyle(csp: PagePolicy | undefined, css: string): string {
  csp?.insertStyleHash(cspHash(css));
  return css;
}
