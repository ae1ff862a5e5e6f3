import { describe, expect, it } from 'vitest';
import {
  bigrams,
  compoundParts,
  indexText,
  vocabulary,
  WORD_BREAK,
  words,
} from './search-terms.ts';

const vocab = vocabulary([
  'Die Lizenz wird verkauft. Der Verkauf läuft über den Link.',
  'Eine Einladung an den Kunden; die Kundenvereinbarung und das Abonnement bei Azure.',
]);

describe('German compounds', () => {
  it('splits a compound into parts of the vocabulary, linking s kept with the first part', () => {
    expect(compoundParts('Lizenzverkauf', vocab)).toEqual(['Lizenz', 'verkauf']);
    expect(compoundParts('Einladungslink', vocab)).toEqual(['Einladungs', 'link']);
    expect(compoundParts('azureabonnement', vocab)).toEqual(['azure', 'abonnement']);
  });

  it('splits into more than two parts', () => {
    expect(compoundParts('Lizenzverkaufslink', vocab)).toEqual(['Lizenz', 'verkaufs', 'link']);
  });

  it('leaves words that are no compound of known words whole', () => {
    expect(compoundParts('Abonnement', vocab)).toEqual(['Abonnement']);
    expect(compoundParts('Zeitraumende', vocab)).toEqual(['Zeitraumende']);
  });

  it('indexes the parts with a word break, the rest of the text as written', () => {
    expect(indexText('de', 'Zum Lizenzverkauf: ein Einladungslink.', vocab)).toBe(
      `Zum Lizenz${WORD_BREAK}verkauf: ein Einladungs${WORD_BREAK}link.`,
    );
  });
});

describe('Chinese words', () => {
  it('cuts a phrase written without spaces into words', () => {
    expect(words('zh', '合作伙伴中心发送邀请')).toEqual(['合作', '伙伴', '中心', '发送', '邀请']);
  });

  it('indexes Chinese words with word breaks between them, Latin words and punctuation as written', () => {
    const text = indexText('zh', '合作伙伴中心：Azure 订阅', vocab);
    expect(text.replaceAll(WORD_BREAK, '')).toBe('合作伙伴中心：Azure 订阅');
    expect(text.split(WORD_BREAK)).toEqual(['合作', '伙伴', '中心：Azure 订阅']);
  });

  it('cuts an unknown word into pairs of characters', () => {
    expect(bigrams('多渠道')).toEqual(['多渠', '渠道']);
    expect(bigrams('区别')).toEqual(['区别']);
  });
});

it('leaves English text as it is', () => {
  expect(indexText('en', 'Invitation link', vocab)).toBe('Invitation link');
});
