import type { APIRoute } from 'astro';

/** robots.txt: every page may be indexed; the sitemap (by @astrojs/sitemap) at the site's address. */
export const GET: APIRoute = ({ site }) =>
  new Response(`User-agent: *\nAllow: /\n\nSitemap: ${new URL('sitemap-index.xml', site).href}\n`, {
    headers: { 'content-type': 'text/plain; charset=utf-8' },
  });
