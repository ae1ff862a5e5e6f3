import type { Language } from '../../core/index.ts';
import {
  entry as deEntry,
  overlay as deOverlay,
  title as deTitle,
} from '../../locales/de/extension.json';
import {
  entry as enEntry,
  overlay as enOverlay,
  title as enTitle,
} from '../../locales/en/extension.json';
import {
  entry as zhEntry,
  overlay as zhOverlay,
  title as zhTitle,
} from '../../locales/zh/extension.json';
import { product as deProduct } from '../../locales/de/common.json';
import { product as enProduct } from '../../locales/en/common.json';
import { product as zhProduct } from '../../locales/zh/common.json';

/**
 * The few strings of the collapsed entry point, which the content script draws before the UI
 * chunk is loaded: the same locale keys the overlay uses (`extension:title`,
 * `extension:overlay.expand`, `extension:entry.panelOpen`, `common:product.name`), taken from
 * the locale files as named imports so the bundle keeps only these.
 */
export interface EntryStrings {
  title: string;
  expand: string;
  panelOpen: string;
  product: string;
}

const STRINGS: Record<Language, EntryStrings> = {
  de: {
    title: deTitle,
    expand: deOverlay.expand,
    panelOpen: deEntry.panelOpen,
    product: deProduct.name,
  },
  en: {
    title: enTitle,
    expand: enOverlay.expand,
    panelOpen: enEntry.panelOpen,
    product: enProduct.name,
  },
  zh: {
    title: zhTitle,
    expand: zhOverlay.expand,
    panelOpen: zhEntry.panelOpen,
    product: zhProduct.name,
  },
};

export function entryStrings(language: Language): EntryStrings {
  return STRINGS[language];
}
