import type { ComponentChildren } from 'preact';
import type { Language } from '../../../core/index.ts';
import { fillParts, type Template } from '../../../locales/template.ts';
import { tFor } from '../lib/i18n.ts';
import { downloadLinks, storeListings } from '../lib/extension-stores.ts';
import { isLocalAddress, siteUrl } from '../../../config/site-url.ts';
import {
  EXTENSION_SCREENSHOTS,
  SCREENSHOT_ALT,
  type ExtensionScreenshot,
  type Screenshot,
} from '../lib/extension-screenshots.ts';

interface Props {
  lang: Language;
  /** The pictures in the page's language (lib/extension-screenshots.ts). */
  screenshots: Record<ExtensionScreenshot, Screenshot>;
  /** The release's package files for Chrome, Edge and Firefox (scripts/zip-extension.ts). */
  packages: { chrome: string; edge: string; firefox: string };
}

/** The folders a build of the extension's source code writes (`npm run build:extension`). */
const BUILT = { chrome: 'extension/.output/chrome-mv3', firefox: 'extension/.output/firefox-mv3' };

/** The place-holders of the install steps, shown as code: commands, browser pages, files. */
const INSTALL = {
  chrome: { page: 'chrome://extensions' },
  edge: { page: 'edge://extensions' },
  firefox: { page: 'about:debugging#/runtime/this-firefox', file: 'manifest.json' },
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

/** A way to the extension: its name as a link to `url`, or the name with "not yet published". */
function Offer({
  name,
  url,
  notPublished,
}: {
  name: string;
  url: string | null;
  notPublished: string;
}) {
  return url ? (
    <a href={url}>{name}</a>
  ) : (
    <dl class="store-status">
      <dt>{name}</dt>
      <dd>{notPublished}</dd>
    </dl>
  );
}

/**
 * The site's page about the browser extension: what it does, screenshots, the store listings
 * and where the source code and the release packages are (site/src/lib/extension-stores.ts;
 * "not yet published" for each without an address), and how to install the unpacked build,
 * built for this site's address (SITE_URL, config/site-url.ts). Rendered at build time, no
 * script.
 */
export default function ExtensionPage({ lang, screenshots, packages }: Props) {
  const t = tFor(lang);
  const site = siteUrl();
  const downloads = downloadLinks();
  const where = Object.fromEntries(downloads.map((d) => [d.id, d.url]));
  const build = {
    install: 'npm install',
    build: `SITE_URL=${site} npm run build:extension`,
  };
  const shots = EXTENSION_SCREENSHOTS.map((picture) => ({
    picture,
    image: screenshots[picture],
    alt: t(SCREENSHOT_ALT[picture]),
  }));
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
            <Offer
              name={t(`site:extensionPage.storeName.${store.id}`)}
              url={store.url}
              notPublished={t('site:extensionPage.notPublished')}
            />
          </li>
        ))}
      </ul>

      <ul class="store-list" data-downloads>
        {downloads.map((download) => (
          <li key={download.id} data-download={download.id}>
            <Offer
              name={t(`site:extensionPage.downloadName.${download.id}`)}
              url={download.url}
              notPublished={t('site:extensionPage.notPublished')}
            />
          </li>
        ))}
      </ul>

      <h2>{t('site:extensionPage.installHeading')}</h2>
      <p>{t('site:extensionPage.installIntro')}</p>
      <ol class="install-steps">
        <li data-install-get>
          <p>
            {where.packages
              ? fillParts(
                  t.template('site:extensionPage.packagesFrom'),
                  {
                    link: <a href={where.packages}>{where.packages}</a>,
                    ...Object.fromEntries(
                      Object.entries(packages).map(([k, v]) => [k, <code>{v}</code>]),
                    ),
                  },
                  lang,
                )
              : t('site:extensionPage.packagesNone')}
          </p>
          <p>
            {where.source
              ? fillParts(
                  t.template('site:extensionPage.sourceFrom'),
                  {
                    link: <a href={where.source}>{where.source}</a>,
                    install: <code>{build.install}</code>,
                    build: <code>{build.build}</code>,
                  },
                  lang,
                )
              : withCode(t.template('site:extensionPage.sourceNone'), build, lang)}
          </p>
          <p>
            {withCode(
              t.template('site:extensionPage.buildSite'),
              { setting: `SITE_URL=${site}` },
              lang,
            )}
          </p>
          {!isLocalAddress(site) && (
            <p>
              {withCode(t.template('site:extensionPage.buildLocal'), { start: 'npm start' }, lang)}
            </p>
          )}
          <p>{withCode(t.template('site:extensionPage.buildFolders'), BUILT, lang)}</p>
        </li>
        <li>{withCode(t.template('site:extensionPage.chrome'), INSTALL.chrome, lang)}</li>
        <li>{withCode(t.template('site:extensionPage.edge'), INSTALL.edge, lang)}</li>
        <li>
          <p>{withCode(t.template('site:extensionPage.firefox'), INSTALL.firefox, lang)}</p>
          <p>{t('site:extensionPage.firefoxTemporary')}</p>
        </li>
      </ol>
      <p>{t('site:extensionPage.then')}</p>

      <h2>{t('site:extensionPage.shotsHeading')}</h2>
      <p>{t('site:extensionPage.shotsNote')}</p>
      {shots.map(({ picture, image, alt }) => (
        <figure class="screenshot" key={picture} data-screenshot={picture}>
          <img src={image.src} width={image.width} height={image.height} alt={alt} loading="lazy" />
        </figure>
      ))}
    </>
  );
}
