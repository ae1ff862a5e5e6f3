import type { ContentScriptContext } from 'wxt/utils/content-script-context';
import { watchLifetime } from '../lib/lifetime.ts';
import type { Feature } from './feature.ts';
import { dialogs } from './features/dialogs.ts';
import { entryPoint } from './features/entry-point.ts';
import { linkHelp } from './features/link-help.ts';
import { createPageWatch } from './page-watch.ts';
import { createContentState } from './state.ts';

/** The content script's features, each with its own `init` and cleanup. */
const FEATURES: readonly Feature[] = [dialogs, linkHelp, entryPoint];

/**
 * Runs the extension on a Partner Center tab for the lifetime of the content script: one page
 * watch and one shared state, and the features on top (the entry point, the help beside the
 * portal's own invitation link, open dialogs). Stops when the extension goes away
 * (lib/lifetime.ts), never because the page says so.
 */
export function startContent(ctx: ContentScriptContext): void {
  const lifetime = watchLifetime(ctx);
  const state = createContentState(ctx);
  const watch = createPageWatch(ctx, lifetime);
  watch.onLocation(() => state.updatePage());
  for (const feature of FEATURES) feature.init({ ctx, watch, state });
  watch.start();
}
