import type { ContentScriptContext } from 'wxt/utils/content-script-context';
import type { PageWatch } from './page-watch.ts';
import type { ContentState } from './state.ts';

/** What every feature of the content script gets: its lifetime, the page watch, shared state. */
export interface FeatureContext {
  /** Cleans up through `ctx.onInvalidated` (the extension reloaded, updated or removed). */
  ctx: ContentScriptContext;
  watch: PageWatch;
  state: ContentState;
}

/**
 * A small feature of the content script (as in refined-github and WXT's examples): it
 * subscribes to the page watch and the shared state in `init`, and removes everything it
 * added when `ctx` is invalidated.
 */
export interface Feature {
  name: string;
  init(context: FeatureContext): void;
}
