import type { ComponentChild } from 'preact';
import { fillParts } from '../../locales/template.ts';
import type { Translate } from '../lib/i18n.ts';

/** A label and its value in the reader's punctuation: `Partner-ID: 123`, `合作伙伴 ID：123`. */
export function labelled(t: Translate, label: ComponentChild, text: ComponentChild) {
  return fillParts(t.template('common:punctuation.labelled'), { label, text }, t.language);
}
