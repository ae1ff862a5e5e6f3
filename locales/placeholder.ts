// No imports: islands use this, and it must not pull data into their bundles.

/**
 * The text before and after a placeholder of a filled-in locale sentence, so that a link
 * can stand where the placeholder was ("Source: {{source}}", "来源：{{source}}").
 */
export function aroundPlaceholder(sentence: string, placeholder: string): [string, string] {
  const [before = '', after = ''] = sentence.split(`{{${placeholder}}}`);
  return [before, after];
}
