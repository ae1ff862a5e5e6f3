import { termProblems } from './termbase.ts';

/**
 * Typography rules for German and Chinese text, as written down in docs/style-de.md and
 * docs/style-zh.md. Pure functions over plain text: the checks over the built site
 * (site/src/lib/typography-dist.test.ts) and over the extension's rendered UI
 * (extension/ui/typography.test.tsx) call them. Spacing of values filled into Chinese text
 * is done by locales/template.ts.
 */

/** Han characters (CJK ideographs and their extensions, compatibility ideographs). */
const HAN = '\\u3400-\\u4dbf\\u4e00-\\u9fff\\uf900-\\ufaff';
/** Chinese punctuation: CJK symbols (、。〈〉《》「」…), full-width forms (，：；（）！？). */
const CJK_PUNCT = '\\u3000-\\u303f\\uff01-\\uff0f\\uff1a-\\uff20\\uff3b-\\uff40\\uff5b-\\uff65';
/** A Han character or a Chinese punctuation mark. */
const CJK = `[${HAN}${CJK_PUNCT}]`;
/** Anything but a space or a separator symbol. */
const NOT_SEPARATOR = '[^\\s–—·→|/]';

export interface TypographyProblem {
  /** Which rule of the style guide is broken. */
  rule: string;
  /** The text around the problem, so a reader can find it. */
  excerpt: string;
}

interface Rule {
  rule: string;
  pattern: RegExp;
}

const ZH_RULES: readonly Rule[] = [
  {
    rule: 'ASCII punctuation touching a Chinese character (use ，：；！？)',
    pattern: new RegExp(`${CJK} *[,:;!?]|[,;!?] *${CJK}|(?<![a-z]):(?!//) *${CJK}`, 'gu'),
  },
  {
    // `ID: 123`, `seed, count` in a Chinese sentence: ASCII punctuation before a space.
    rule: 'ASCII punctuation followed by a space in Chinese text (use ，：；、)',
    pattern: new RegExp(`(?<=[${HAN}].*)[,;:](?= )|[,;:](?= .*[${HAN}])`, 'gu'),
  },
  {
    rule: 'ASCII bracket beside Chinese text (use （…）)',
    pattern: new RegExp(`${CJK} *\\(|\\) *${CJK}|\\( *${CJK}|${CJK} *\\)`, 'gu'),
  },
  {
    rule: 'ASCII full stop after a Chinese character (use 。)',
    pattern: new RegExp(`[${HAN}]\\.(?=\\s|$)`, 'gu'),
  },
  {
    rule: 'straight quotation mark in Chinese text (use “…”)',
    pattern: /["']/gu,
  },
  {
    rule: 'German quotation mark in Chinese text (use “…”)',
    pattern: /[„‚]/gu,
  },
  {
    rule: 'space between two Chinese characters or punctuation marks',
    pattern: new RegExp(`${CJK}[ \\u00a0]+${CJK}`, 'gu'),
  },
  {
    rule: 'space next to full-width punctuation',
    // A separator set off by spaces (` – `, ` · `, ` → `, ` | `) may stand beside punctuation.
    pattern: new RegExp(
      `[\\uff0c\\u3002\\u3001\\uff1a\\uff1b\\uff01\\uff1f\\uff08\\uff09“”][ \\u00a0]+${NOT_SEPARATOR}|${NOT_SEPARATOR}[ \\u00a0]+[\\uff0c\\u3002\\u3001\\uff1a\\uff1b\\uff01\\uff1f\\uff09]`,
      'gu',
    ),
  },
  {
    // A question and its answer are one key (`troubleshoot:label.answered`), not a label.
    rule: 'colon after a question mark (a question is not a label)',
    pattern: /[？?] *[：:]/gu,
  },
  {
    // `Intl.ListFormat` writes `和Microsoft`; `formatList` adds the space.
    rule: 'no space between a Chinese list conjunction and a Latin word (use 和 Microsoft)',
    pattern: new RegExp(`(?<=[${HAN}])[和或与][A-Za-z0-9]|[A-Za-z0-9][和或与](?=[${HAN}])`, 'gu'),
  },
  {
    // `适用多渠道支持（…顾问计划（Advisor）…）`: GB/T 15834 does not nest the same bracket;
    // an outer level of items is set off by ` – ` or ` · `.
    rule: 'brackets inside brackets (set the outer level off with – or ·)',
    pattern: /（[^（）]*（/gu,
  },
  {
    rule: 'single ellipsis in Chinese text (use ……)',
    pattern: new RegExp(`(?<!…)…(?!…)`, 'gu'),
  },
];

const DE_RULES: readonly Rule[] = [
  { rule: 'straight double quotation mark in German text (use „…“)', pattern: /"/gu },
  { rule: 'English closing quotation mark in German text (use „…“)', pattern: /”/gu },
  {
    rule: 'English opening quotation mark in German text (use „…“)',
    pattern: /(?<=^|[\s([/–—])“(?=\p{L}|\p{N})/gu,
  },
  { rule: 'Chinese punctuation in German text', pattern: /[，。：；（）、]/gu },
  {
    // A question and its answer are one key (`troubleshoot:label.answered`), not a label.
    rule: 'colon after a question mark (a question is not a label)',
    pattern: /\? *:/gu,
  },
  {
    // „Sie als Partner und Der Globale Administrator“: titles in sentence case joined into a
    // sentence. A list of names or titles is a real list, or its keys are written for the list.
    rule: 'capitalised article after „und“/„oder“ inside a sentence (a title joined into a list)',
    pattern:
      /(?<=\p{Ll},? )(?:und|oder) (?:Der|Die|Das|Den|Dem|Des|Ein|Eine|Einen|Einem|Einer|Keine|Kein|Mit) /gu,
  },
  {
    // „Direkter Partner, Indirekter Anbieter oder Indirekter Reseller“: answer labels, written
    // to stand alone, joined into a list. Inside a list a role or a service is named as in a
    // sentence („…, indirekter Anbieter oder indirekter Reseller“).
    rule: 'capitalised adjective of a role or service inside a list (a label joined into a list)',
    pattern:
      /(?<=\p{Ll}(?:,| und| oder) )(?:Direkte|Indirekte|Lizenzbasierte|Nutzungsbasierte)[rnms]? (?=\p{Lu})/gu,
  },
];

function excerpt(text: string, index: number, length: number): string {
  const start = Math.max(0, index - 20);
  return text.slice(start, index + length + 20).replace(/\s+/g, ' ');
}

function apply(rules: readonly Rule[], text: string): TypographyProblem[] {
  const problems: TypographyProblem[] = [];
  for (const { rule, pattern } of rules) {
    for (const match of text.matchAll(pattern)) {
      problems.push({ rule, excerpt: excerpt(text, match.index, match[0].length) });
    }
  }
  return problems;
}

/**
 * Parts of a text the rules do not apply to: web addresses, e-mail addresses, GUIDs and
 * `key=value` pairs of links are replaced by a neutral Latin word before checking.
 */
function withoutCode(text: string): string {
  return text
    .replace(/\b(?:https?|mailto):[^\s，。、；：（）“”]+/g, 'URL')
    .replace(/\b[0-9a-f]{8}(?:-[0-9a-f]{4}){3}-[0-9a-f]{12}\b/gi, 'GUID')
    .replace(/\b[\w.-]+@[\w-]+(?:\.[\w-]+)+/g, 'MAIL');
}

/** Typography problems of a Chinese text (one paragraph, label or attribute value). */
export function chineseProblems(text: string): TypographyProblem[] {
  return apply(ZH_RULES, withoutCode(text));
}

/** Typography problems of a German text: quotation marks „…“, no Chinese punctuation. */
export function germanProblems(text: string): TypographyProblem[] {
  const clean = withoutCode(text);
  const problems = apply(DE_RULES, clean);
  const opening = [...clean.matchAll(/„/g)].length;
  const closing = [...clean.matchAll(/“/g)].length;
  if (opening !== closing) {
    problems.push({
      rule: `unbalanced German quotation marks (${opening} „ and ${closing} “)`,
      excerpt: clean.slice(0, 80),
    });
  }
  return problems;
}

/** The checks for one language: its typography (German, Chinese) and the termbase (all). */
export function typographyProblems(language: string, text: string): TypographyProblem[] {
  const terms = termProblems(language, text);
  if (language === 'zh') return [...chineseProblems(text), ...terms];
  if (language === 'de') return [...germanProblems(text), ...terms];
  return terms;
}
