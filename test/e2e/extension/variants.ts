/**
 * Markup variations of the imitation portal (test/fixtures/partner-center/portal.js): the
 * same pages with landmarks present or not, headings as <hN> or div role="heading", extra
 * wrapper elements, Fluent's class names or generated ones, grids late or at once, and the
 * panel's text rewritten as a property or in the DOM. The real portal's markup is not
 * documented and changes: every feature must work on all of these.
 *
 * Not a cartesian product (3·2·4·2·3·2 = 288 pages per scenario): each dimension's values are
 * spread over a few variants with a different stride per dimension, so every value of every
 * dimension appears, in changing combinations, and each variant speaks another language.
 */
export interface Variant {
  name: string;
  language: 'de' | 'en' | 'zh';
  landmark: 'main' | 'role-main' | 'none';
  heading: 'h' | 'div';
  wrappers: 0 | 1 | 2 | 3;
  classes: 'fluent' | 'hashed';
  gridDelay: 0 | 30 | 300;
  rewrite: 'value' | 'text';
}

const DIMENSIONS = {
  language: ['en', 'de', 'zh'],
  landmark: ['none', 'role-main', 'main'],
  heading: ['div', 'h'],
  wrappers: [0, 2, 1, 3],
  classes: ['hashed', 'fluent'],
  gridDelay: [300, 0, 30],
  rewrite: ['value', 'text'],
} as const;

/** As many variants as the longest dimension has values: each value appears at least once. */
export const VARIANTS: readonly Variant[] = Array.from({ length: 4 }, (_, i) => {
  const pick = <T>(values: readonly T[], stride: number): T =>
    values[(i * stride) % values.length]!;
  const v = {
    language: pick(DIMENSIONS.language, 1),
    landmark: pick(DIMENSIONS.landmark, 1),
    heading: pick(DIMENSIONS.heading, 1),
    wrappers: pick(DIMENSIONS.wrappers, 1),
    classes: pick(DIMENSIONS.classes, 3),
    gridDelay: pick(DIMENSIONS.gridDelay, 2),
    rewrite: pick(DIMENSIONS.rewrite, 1),
  };
  return {
    ...v,
    name: `${v.language} · ${v.landmark} · heading ${v.heading} · ${v.wrappers} wrappers · ${v.classes} classes · grid after ${v.gridDelay} ms · text by ${v.rewrite}`,
  };
});

/** The locale segment the portal puts in front of its paths for a language. */
export const LOCALE_SEGMENT: Record<Variant['language'], string> = {
  de: 'de-de',
  en: 'en-us',
  zh: 'zh-cn',
};

/** `?variant=…` for the first page load of a variant (the app keeps it for the tab). */
export function variantQuery(variant: Variant): string {
  const markup = {
    landmark: variant.landmark,
    heading: variant.heading,
    wrappers: variant.wrappers,
    classes: variant.classes,
    gridDelay: variant.gridDelay,
    rewrite: variant.rewrite,
  };
  return `variant=${Buffer.from(JSON.stringify(markup)).toString('base64')}`;
}
