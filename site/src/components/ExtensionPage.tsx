import type { ComponentChildren } from 'preact';
import type { Language } from '../../../core/index.ts';
import { fillParts, type Template } from '../../../locales/template.ts';
import { tFor } from '../lib/i18n.ts';
import { storeListings } from '../lib/extension-stores.ts';

/** A screenshot as Astro imports it (the file is copied into the build). */
export interface Screenshot {
  src: string;
  width: number;
  height: number;
}

interface Props {
  lang: Language;
  screenshots: { panel: Screenshot; check: Screenshot };
}

/** The place-holders of the install steps, shown as code: commands, browser pages, folders. */
const INSTALL = {
  build: { command: 'npm install && npm run build:extension', folder: 'extension/.output/' },
  chrome: { page: 'chrome://extensions', folder: 'extension/.output/chrome-mv3' },
  edge: { page: 'edge://extensions', folder: 'extension/.output/chrome-mv3' },
  firefox: {
    page: 'about:debugging#/runtime/this-firefox',
    file: 'extension/.output/firefox-mv3/manifest.json',
  },
} as const;

function withCode(
  template: Template,
  values: Record<string, string>,
  lang: Language,
): ComponentChildren {
  return fillParts(
    template,
    Object.fromEntries(Object.entries(values).map(([k, v]) => [k, <code>{v}</code>])),
    lang,
  );
}

/**
 * The site's page about the browser extension: what it does, screenshots, the store listings
 * (site/src/lib/extension-stores.ts; "not yet published" for a store without one) and how to
 * install the unpacked build. Rendered at build time, no script.
 */
export default function ExtensionPage({ lang, screenshots }: Props) {
  const t = tFor(lang);
  const shots = [
    { image: screenshots.check, alt: t('site:extensionPage.shotCheck') },
    { image: screenshots.panel, alt: t('site:extensionPage.shotPanel') },
  ];
  return (
    <>
      <h2>{t('site:extensionPage.whatHeading')}</h2>
      <ul>
        <li>{t('site:extensionPage.check')}</li>
        <li>{t('site:extensionPage.links')}</li>
        <li>{t('site:extensionPage.popup')}</li>
        <li>{t('site:extensionPage.privacy')}</li>
      </ul>

      <h2>{t('site:extensionPage.getHeading')}</h2>
      <ul class="store-list" data-stores>
        {storeListings().map((store) => (
          <li key={store.id} data-store={store.id}>
            {store.url ? (
              <a href={store.url}>{t(`site:extensionPage.storeName.${store.id}`)}</a>
            ) : (
              <dl class="store-status">
                <dt>{t(`site:extensionPage.storeName.${store.id}`)}</dt>
                <dd>{t('site:extensionPage.notPublished')}</dd>
              </dl>
            )}
          </li>
        ))}
      </ul>

      <h2>{t('site:extensionPage.installHeading')}</h2>
      <p>{t('site:extensionPage.installIntro')}</p>
      <ol class="install-steps">
        <li>{withCode(t.template('site:extensionPage.build'), INSTALL.build, lang)}</li>
        <li>{withCode(t.template('site:extensionPage.chrome'), INSTALL.chrome, lang)}</li>
        <li>{withCode(t.template('site:extensionPage.edge'), INSTALL.edge, lang)}</li>
        <li>{withCode(t.template('site:extensionPage.firefox'), INSTALL.firefox, lang)}</li>
      </ol>
      <p>{t('site:extensionPage.then')}</p>

      <h2>{t('site:extensionPage.shotsHeading')}</h2>
      <p>{t('site:extensionPage.shotsNote')}</p>
      {shots.map(({ image, alt }) => (
        <figure class="screenshot" key={image.src}>
          <img src={image.src} width={image.width} height={image.height} alt={alt} loading="lazy" />
        </figure>
      ))}
    </>
  );
}
