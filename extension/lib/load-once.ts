/**
 * Starts `load` once per key and shares its promise; a failed load is forgotten, so the next
 * call tries again (the overlay's parts and their strings, another language's e-mail texts).
 */
export function loadOnce<T>(
  cache: Map<string, Promise<T>>,
  key: string,
  load: () => Promise<T>,
): Promise<T> {
  let loading = cache.get(key);
  if (!loading) {
    loading = load();
    cache.set(key, loading);
    loading.catch(() => cache.delete(key));
  }
  return loading;
}
