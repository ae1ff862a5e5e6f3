/**
 * The guidance site's base address, without a trailing slash: one constant, in this one module.
 *
 * Decision: it is the project's one public-address setting, `SITE_URL`, put in at build time
 * by `extension/wxt.config.ts` (through config/site-url.ts: the local address of `npm start`
 * for development builds; `npm run zip` and `npm run release` refuse to build without a
 * public SITE_URL). The extension never fetches from this address; it only opens links to it
 * when the user clicks them.
 */
// Replaced by the build (Vite `define`); typed here because import.meta.env is loose.
export const GUIDE_URL: string = (import.meta.env.GUIDE_URL as string).replace(/\/+$/, '');
