/**
 * Every namespace of every language, for i18next. To add a namespace: add
 * `<lng>/<namespace>.json` for de, en and zh, then one import per language and one entry
 * in NAMESPACES below. To add a language: see docs/adding-a-language.md.
 */
import deCommon from './de/common.json';
import deEmail from './de/email.json';
import deExtension from './de/extension.json';
import deGlossary from './de/glossary.json';
import deLink from './de/link.json';
import deRules from './de/rules.json';
import deSite from './de/site.json';
import deSources from './de/sources.json';
import deTraining from './de/training.json';
import deTrees from './de/trees.json';
import enCommon from './en/common.json';
import enEmail from './en/email.json';
import enExtension from './en/extension.json';
import enGlossary from './en/glossary.json';
import enLink from './en/link.json';
import enRules from './en/rules.json';
import enSite from './en/site.json';
import enSources from './en/sources.json';
import enTraining from './en/training.json';
import enTrees from './en/trees.json';
import zhCommon from './zh/common.json';
import zhEmail from './zh/email.json';
import zhExtension from './zh/extension.json';
import zhGlossary from './zh/glossary.json';
import zhLink from './zh/link.json';
import zhRules from './zh/rules.json';
import zhSite from './zh/site.json';
import zhSources from './zh/sources.json';
import zhTraining from './zh/training.json';
import zhTrees from './zh/trees.json';

export const NAMESPACES = [
  'common',
  'rules',
  'trees',
  'sources',
  'glossary',
  'link',
  'email',
  'site',
  'extension',
  'training',
] as const;
export type Namespace = (typeof NAMESPACES)[number];

const en = {
  common: enCommon,
  rules: enRules,
  trees: enTrees,
  sources: enSources,
  glossary: enGlossary,
  link: enLink,
  email: enEmail,
  site: enSite,
  extension: enExtension,
  training: enTraining,
};

/** English is the reference: the other languages must have exactly its keys. */
export type Resources = typeof en;

export const resources: Record<'de' | 'en' | 'zh', Resources> = {
  de: {
    common: deCommon,
    rules: deRules,
    trees: deTrees,
    sources: deSources,
    glossary: deGlossary,
    link: deLink,
    email: deEmail,
    site: deSite,
    extension: deExtension,
    training: deTraining,
  },
  en,
  zh: {
    common: zhCommon,
    rules: zhRules,
    trees: zhTrees,
    sources: zhSources,
    glossary: zhGlossary,
    link: zhLink,
    email: zhEmail,
    site: zhSite,
    extension: zhExtension,
    training: zhTraining,
  },
};
