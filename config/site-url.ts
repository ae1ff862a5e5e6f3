/**
 * The guidance site's public address: ONE setting, the environment variable `SITE_URL`.
 *
 * It becomes Astro's `site` (absolute canonical and hreflang links, the sitemap, robots.txt)
 * and the extension's links to the guide (`extension/lib/guide-url.ts`, set in
 * `extension/wxt.config.ts`). Development builds, the tests and `npm start` run without it
 * and use the address `npm start` serves (127.0.0.1 on `PORT`, default 4321). Anything that goes to a store or to the web
 * (`npm run zip`, `npm run release`) requires it: `requireSiteUrl` stops with a message that
 * names SITE_URL and what to set it to.
 */

/** The port `npm start` serves on when neither `--port` nor `PORT` names one. */
export const DEFAULT_PORT = 4321;

/** What `npm start` serves by default (scripts/serve-site.ts): the address of development builds. */
export const LOCAL_SITE_URL = localSiteUrl(DEFAULT_PORT);

/** The address `npm start` serves on a port of this machine. */
export function localSiteUrl(port: number): string {
  return `http://127.0.0.1:${port}/`;
}

/** A port that cannot be used; the message says what was given and what is allowed. */
export class PortError extends Error {
  override name = 'PortError';
}

/**
 * A port as given on the command line (`--port 8080`) or in `PORT`: a whole number from 1 to
 * 65535 (0, "any free port", is refused: the site's links need to know the port beforehand).
 * @param source where the value came from, for the message ("--port", "PORT").
 */
export function parsePort(raw: string, source: string): number {
  const port = /^\d+$/.test(raw.trim()) ? Number(raw.trim()) : NaN;
  if (!Number.isInteger(port) || port < 1 || port > 65535)
    throw new PortError(`${source} must be a whole number from 1 to 65535, not "${raw}".`);
  return port;
}

/** The port of local builds and `npm start`: `PORT` when set, else 4321. */
export function localPort(env: NodeJS.ProcessEnv = process.env): number {
  const raw = env.PORT?.trim();
  return raw ? parsePort(raw, 'PORT') : DEFAULT_PORT;
}

/** Host names that only ever mean "this machine": never in a published build. */
export const LOCAL_HOSTS: readonly string[] = ['127.0.0.1', 'localhost', '[::1]', '0.0.0.0'];

const EXAMPLE = 'SITE_URL=https://guide.example.com';

/** A SITE_URL that cannot be used; the message says what was wrong and what is allowed. */
export class SiteUrlError extends Error {
  override name = 'SiteUrlError';
}

/** True for an address of this machine (127.0.0.1, localhost, …), which only developers can reach. */
export function isLocalAddress(url: string): boolean {
  const { hostname } = new URL(url);
  return LOCAL_HOSTS.includes(hostname) || hostname.endsWith('.localhost');
}

/**
 * Reads and checks `SITE_URL`: an absolute http(s) origin (the site lives at the root, so no
 * path, query or fragment). Returns it normalised with a trailing slash
 * (`https://guide.example.com/`), or, when it is unset or empty, the local address of
 * `npm start` on `PORT` (4321 without it), so local links follow the port the site is served on.
 */
export function siteUrl(env: NodeJS.ProcessEnv = process.env): string {
  const raw = env.SITE_URL?.trim();
  if (!raw) return localSiteUrl(localPort(env));
  let url: URL;
  try {
    url = new URL(raw);
  } catch {
    throw new SiteUrlError(
      `SITE_URL must be an absolute address starting with https://, like ${EXAMPLE}; "${raw}" is not an address.`,
    );
  }
  if (url.protocol !== 'https:' && url.protocol !== 'http:')
    throw new SiteUrlError(
      `SITE_URL must start with https:// (or http://), like ${EXAMPLE}; "${raw}" uses ${url.protocol}.`,
    );
  if (url.pathname !== '/' || url.search || url.hash || url.username || url.password)
    throw new SiteUrlError(
      `SITE_URL must be the site's origin only (the site is served from the root), like ${EXAMPLE}; remove "${url.pathname === '/' ? '' : url.pathname}${url.search}${url.hash}" from "${raw}".`,
    );
  return `${url.origin}/`;
}

/**
 * `siteUrl` for what is published (store packages, a release): SITE_URL must be set, use
 * https and not name this machine.
 * @param what what is being made, for the message ("the store packages", "a release").
 */
export function requireSiteUrl(what: string, env: NodeJS.ProcessEnv = process.env): string {
  if (!env.SITE_URL?.trim())
    throw new SiteUrlError(
      `SITE_URL is not set. Building ${what} needs the guidance site's public address, because the extension and the site link to it: set SITE_URL to the https:// address where the site is published, for example ${EXAMPLE}.`,
    );
  const url = siteUrl(env);
  if (isLocalAddress(url))
    throw new SiteUrlError(
      `SITE_URL is ${url}, an address of this machine only. Building ${what} needs the guidance site's public https:// address, for example ${EXAMPLE}.`,
    );
  if (!url.startsWith('https://'))
    throw new SiteUrlError(
      `SITE_URL is ${url}; ${what} must link to the site over https, for example ${EXAMPLE}.`,
    );
  return url;
}
