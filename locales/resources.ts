/**
 * Every namespace of every language, for i18next. To add a namespace: add
 * `<lng>/<namespace>.json` for de, en and zh, then one import per language and one entry
 * in NAMESPACES below. To add a language: see docs/adding-a-language.md.
 */
import type { Language } from '../core/languages.ts';
import deChanges from './de/changes.json' with { type: 'json' };
import deCommon from './de/common.json' with { type: 'json' };
import deEmail from './de/email.json' with { type: 'json' };
import deExtension from './de/extension.json' with { type: 'json' };
import deGlossary from './de/glossary.json' with { type: 'json' };
import deLink from './de/link.json' with { type: 'json' };
import deRules from './de/rules.json' with { type: 'json' };
import deSite from './de/site.json' with { type: 'json' };
import deSources from './de/sources.json' with { type: 'json' };
import deTraining from './de/training.json' with { type: 'json' };
import deTrees from './de/trees.json' with { type: 'json' };
import deTroubleshoot from './de/troubleshoot.json' with { type: 'json' };
import enChanges from './en/changes.json' with { type: 'json' };
import enCommon from './en/common.json' with { type: 'json' };
import enEmail from './en/email.json' with { type: 'json' };
import enExtension from './en/extension.json' with { type: 'json' };
import enGlossary from './en/glossary.json' with { type: 'json' };
import enLink from './en/link.json' with { type: 'json' };
import enRules from './en/rules.json' with { type: 'json' };
import enSite from './en/site.json' with { type: 'json' };
import enSources from './en/sources.json' with { type: 'json' };
import enTraining from './en/training.json' with { type: 'json' };
import enTrees from './en/trees.json' with { type: 'json' };
import enTroubleshoot from './en/troubleshoot.json' with { type: 'json' };
import zhChanges from './zh/changes.json' with { type: 'json' };
import zhCommon from './zh/common.json' with { type: 'json' };
import zhEmail from './zh/email.json' with { type: 'json' };
import zhExtension from './zh/extension.json' with { type: 'json' };
import zhGlossary from './zh/glossary.json' with { type: 'json' };
import zhLink from './zh/link.json' with { type: 'json' };
import zhRules from './zh/rules.json' with { type: 'json' };
import zhSite from './zh/site.json' with { type: 'json' };
import zhSources from './zh/sources.json' with { type: 'json' };
import zhTraining from './zh/training.json' with { type: 'json' };
import zhTrees from './zh/trees.json' with { type: 'json' };
import zhTroubleshoot from './zh/troubleshoot.json' with { type: 'json' };

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
  'changes',
  'troubleshoot',
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
  changes: enChanges,
  troubleshoot: enTroubleshoot,
};

/** English is the reference: the other languages must have exactly its keys. */
export type Resources = typeof en;

export const resources: Record<Language, Resources> = {
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
    changes: deChanges,
    troubleshoot: deTroubleshoot,
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
    changes: zhChanges,
    troubleshoot: zhTroubleshoot,
  },
};
