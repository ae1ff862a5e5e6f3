import type { ComponentChild } from 'preact';
import { fillParts } from '../../locales/text.ts';
import type { Translate } from '../lib/i18n.ts';
import type { AnyTranslate } from '../../ui/invitation/strings.ts';

/** A label and its value in the reader's punctuation: `Partner-ID: 123`, `合作伙伴 ID：123`. */
export function labelled(t: Translate, label: ComponentChild, text: ComponentChild) {
  return fillParts(t('common:punctuation.labelled', { label: '{{label}}', text: '{{text}}' }), {
    label,
    text,
  });
}

/**
 * A key built from data (a seed part id, a link error code) that the compiler cannot check
 * against the dictionaries. The locale tests prove every such key exists in every language
 * (locales/locales.test.ts covers source parts and link errors), so the cast is safe.
 */
export function tDynamic(t: Translate, key: string, options?: Record<string, string>): string {
  return (t as unknown as (key: string, options?: Record<string, string>) => string)(key, options);
}

/** The first sentence of a text, for one-line explanations (Latin and Chinese punctuation). */
export function firstSentence(text: string): string {
  const match = /^.*?[.!?。！？](?=\s|$)/su.exec(text.trim());
  return (match ? match[0] : text).trim();
}

/** `t` as the shared invitation UI's translator (ui/invitation/strings.ts); see `tDynamic`. */
export function anyTranslate(t: Translate): AnyTranslate {
  return t as unknown as AnyTranslate;
}
