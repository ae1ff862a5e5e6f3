import { browser } from 'wxt/browser';

/**
 * The extension's own packaged file at `path` (web-accessible on the portal, see
 * extension/wxt.config.ts), loaded as a module into the content script's isolated world.
 */
export function importPackaged(path: string): Promise<unknown> {
  return import(/* @vite-ignore */ browser.runtime.getURL(path as '/overlay-ui.js'));
}

/**
 * Loads a packaged chunk that leaves what it gives under `global` (the way the UI chunk and
 * the storage chunk hand themselves to the content script), once: later calls share the
 * promise, a failed load is tried again on the next call.
 */
export function chunkLoader<T>(path: string, global: string): () => Promise<T> {
  let loading: Promise<T> | undefined;
  const loaded = () => (globalThis as Record<string, unknown>)[global] as T | undefined;
  return () => {
    loading ??= (async () => {
      const existing = loaded();
      if (existing) return existing;
      await importPackaged(path);
      const chunk = loaded();
      if (!chunk) throw new Error(`The extension's ${path} did not load.`);
      return chunk;
    })();
    loading.catch(() => {
      loading = undefined;
    });
    return loading;
  };
}
