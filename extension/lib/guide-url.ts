import {
  decisionTree,
  scenarioForOrigin,
  treePath,
  walkTree,
  type Language,
  type Situation,
} from '../../core/index.ts';

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

/**
 * The site's page for a situation: the tree of the situation's channel scenario, opened at
 * the step the answers lead to (the verdict, when every answer needed is given).
 */
export function guideLinkFor(
  language: Language,
  situation: Partial<Situation> & Pick<Situation, 'origin'>,
): string {
  const scenario = scenarioForOrigin(situation.origin);
  const node = walkTree(decisionTree(scenario.id), situation);
  return `${GUIDE_URL}${treePath(language, scenario.id, node.id)}`;
}
