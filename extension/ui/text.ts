import type { ComponentChild } from 'preact';
import { fillParts } from '../../locales/template.ts';
import type { Translate } from '../lib/i18n.ts';

/** A label and its value in the reader's punctuation: `Partner-ID: 123`, `合作伙伴 ID：123`. */
export function labelled(t: Translate, label: ComponentChild, text: ComponentChild) {
  return fillParts(t.template('common:punctuation.labelled'), { label, text }, t.language);
}

/** The first sentence of a text, for one-line explanations (Latin and Chinese punctuation). */
export function firstSentence(text: string): string {
  const match = /^.*?[.!?。！？](?=\s|$)/su.exec(text.trim());
  return (match ? match[0] : text).trim();
}
