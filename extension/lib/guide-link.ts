import { treePath } from '../../core/guide-paths.ts';
import type { Language } from '../../core/languages.ts';
import { scenarioForOrigin } from '../../core/scenarios.ts';
import type { Situation } from '../../core/situation.ts';
import { decisionTree, walkTree } from '../../core/trees.ts';
import { GUIDE_URL } from './guide-url.ts';

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
