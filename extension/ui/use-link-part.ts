import { useEffect, useState } from 'preact/hooks';
import type { Language } from '../../core/index.ts';
import type { LinkPart } from './link-part.ts';
import { loadedPart, loadPart } from './part-loader.ts';

/**
 * The overlay's `link` part (a link's explanation, lib/overlay-parts.ts) for a component of
 * the open entry point, once `wanted` (the partner focused the paste-a-link field, or built a
 * link): loaded then, with its strings in `language`, and again in another language when the
 * partner's changes. Until it speaks `language`, undefined: the component shows no result yet
 * (the part is a local file, there in a moment).
 */
export function useLinkPart(language: Language, wanted: boolean): LinkPart | undefined {
  const ready = loadedPart('link', language);
  const [, setLoaded] = useState(0);
  useEffect(() => {
    if (!wanted || ready) return undefined;
    let live = true;
    loadPart('link', language).then(
      () => live && setLoaded((n) => n + 1),
      (error: unknown) => console.error('CSP Multichannel Guide: a part could not load.', error),
    );
    return () => {
      live = false;
    };
  }, [language, wanted, ready]);
  return wanted ? ready : undefined;
}
