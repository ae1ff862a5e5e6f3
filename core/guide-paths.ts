import type { Language } from './languages.ts';
import type { ScenarioId } from './scenarios.ts';
import { ROOT_NODE_ID, type NodeId } from './trees.ts';

/**
 * Paths of the guidance site's pages, shared by the site (which builds them) and the
 * extension (which links to them). Every tree step has its own keyed path:
 * `/en/trees/csp-partner/` for the first question, then
 * `/en/trees/csp-partner/cloud-global.service-license-based/` and so on.
 */
export function treePath(
  language: Language,
  scenario: ScenarioId,
  node: NodeId = ROOT_NODE_ID,
): string {
  return node === ROOT_NODE_ID
    ? `/${language}/trees/${scenario}/`
    : `/${language}/trees/${scenario}/${node}/`;
}

/** The home page of a language. */
export function homePath(language: Language): string {
  return `/${language}/`;
}
