import {
  decisionTree,
  scenarioForOrigin,
  treePath,
  walkTree,
  type Language,
  type Situation,
} from '../../core/index.ts';

/**
 * The guidance site's base address: one constant, in this one module.
 *
 * Decision: it is set at build time from the environment variable `WXT_GUIDE_URL` (for a
 * release build, the site's public address). Without it, links point to
 * `http://127.0.0.1:4321`, which is what `npm start` serves, so a developer build links to
 * the local site. The extension never fetches from this address; it only opens links to it
 * when the user clicks them.
 */
export const GUIDE_URL: string = (import.meta.env.WXT_GUIDE_URL || 'http://127.0.0.1:4321').replace(
  /\/+$/,
  '',
);

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
