import type { ComponentChildren } from 'preact';
import {
  seedCitationParts,
  type SeedCitationStrings,
  type SeedPartView,
} from '../../locales/seed-citation-view.ts';

export type { SeedPartView, SeedCitationStrings };

/**
 * One cited part of a seed document, the same on every surface: the citation line (document,
 * date, part: `seedCitationParts`), our translation, and the German original — behind a
 * disclosure on reading pages (`original="disclosed"`), shown on a slide or a quiz card
 * (`original="shown"`, captioned for screen readers). The tree island, the sources page, the
 * guide, the quiz, the deck and its presenter view show seed sources with it; `children`
 * follow the part (a deck's reading of it).
 */
export function SeedCitation(props: {
  source: SeedPartView;
  strings: SeedCitationStrings;
  lang: string;
  original?: 'disclosed' | 'shown';
  id?: string | undefined;
  children?: ComponentChildren;
}) {
  const { source, strings, lang } = props;
  return (
    <div class="source" id={props.id} data-source={source.key}>
      <p class="source-document">
        {seedCitationParts(source, strings, lang, (name) => (
          <cite>{name}</cite>
        ))}
      </p>
      <blockquote>
        <p>{source.text}</p>
      </blockquote>
      {source.quote &&
        (props.original === 'shown' ? (
          <figure class="quote">
            <figcaption class="visually-hidden">{strings.originalText}</figcaption>
            <p lang="de">{source.quote}</p>
          </figure>
        ) : (
          <details>
            <summary>{strings.originalText}</summary>
            <blockquote lang="de">
              <p>{source.quote}</p>
            </blockquote>
          </details>
        ))}
      {props.children}
    </div>
  );
}
