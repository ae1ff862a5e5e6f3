import type { Language } from './languages.ts';
import type { ScenarioId } from './scenarios.ts';

/** A step of a decision tree (core/trees.ts): keyed by the answers that lead to it. */
export type NodeId = string;
/** The first question of every decision tree. */
export const ROOT_NODE_ID: NodeId = 'start';

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

/** The first step of the troubleshooting tree (`troubleshoot-tree.ts`), like a tree's root. */
export const TROUBLESHOOT_ROOT = 'start';

/**
 * A step of the troubleshooting tree "my customer can't accept": `/en/troubleshoot/` for the
 * first question, then `/en/troubleshoot/<node id>/`.
 */
export function troubleshootPath(language: Language, node: string = TROUBLESHOOT_ROOT): string {
  return node === TROUBLESHOOT_ROOT
    ? `/${language}/troubleshoot/`
    : `/${language}/troubleshoot/${node}/`;
}

/** The page for the customer's admin: how to accept an invitation, and what to do when it fails. */
export function acceptPath(language: Language): string {
  return `/${language}/accept/`;
}

/**
 * An address on the public site: `base` is the site's origin (`SITE_URL`, see
 * config/site-url.ts), with or without a trailing slash; `path` starts with `/`.
 */
export function publicUrl(base: string, path: string): string {
  return `${base.replace(/\/+$/, '')}${path}`;
}
