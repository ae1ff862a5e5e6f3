/**
 * Markup variations of the imitation portal (test/fixtures/partner-center/portal.js): the
 * same pages with landmarks present or not, headings as <hN> or div role="heading", extra
 * wrapper elements, Fluent's class names or generated ones, grids late or at once, the
 * panel's text rewritten as a property or in the DOM, and the panel flat or keeping the
 * transform it slid in with (clipping its overflow, in a layer with a transform of its own).
 * The real portal's markup is not documented and changes: every feature must work on all of
 * these.
 *
 * Not a cartesian product (3·2·4·2·3·2·2 = 576 pages per scenario): each dimension's values are
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
  /**
   * `kept`: the panel layer has a transform and clips its overflow, and the panel keeps the
   * transform of its slide-in animation (`animation-fill-mode: both`) and clips its overflow,
   * as Fluent UI's Panel does (`overflow-x: hidden`): each is the containing block of a
   * `position: fixed` element inside it.
   */
  panelTransform: 'none' | 'kept';
  /**
   * Where "Request a reseller relationship" is: a command of the command bar
   * (`role="menuitem"` in `role="menubar"`), or a plain button outside any bar or menu. Every
   * variant of VARIANTS has the bar; `PLAIN_COMMAND` has the plain button.
   */
  command: 'bar' | 'plain';
}

const DIMENSIONS = {
  language: ['en', 'de', 'zh'],
  landmark: ['none', 'role-main', 'main'],
  heading: ['div', 'h'],
  wrappers: [0, 2, 1, 3],
  classes: ['hashed', 'fluent'],
  gridDelay: [300, 0, 30],
  rewrite: ['value', 'text'],
  // Both variants the once-per-browser focus-trap scenario runs on (1 and 3) keep the transform.
  panelTransform: ['none', 'kept'],
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
    panelTransform: pick(DIMENSIONS.panelTransform, 1),
    command: 'bar' as const,
  };
  return { ...v, name: variantName(v) };
});

function variantName(v: Omit<Variant, 'name'>): string {
  return [
    v.language,
    v.landmark,
    `heading ${v.heading}`,
    `${v.wrappers} wrappers`,
    `${v.classes} classes`,
    `grid after ${v.gridDelay} ms`,
    `text by ${v.rewrite}`,
    ...(v.panelTransform === 'kept' ? ['transformed panel'] : []),
    ...(v.command === 'plain' ? ['command outside any bar'] : []),
  ].join(' · ');
}

/**
 * The portal with "Request a reseller relationship" as a plain button outside any command bar
 * or menu (the real portal may move it): the panel it opens does not count as opened by the
 * partner, so its link is explained without the IDs offer. Otherwise the first variant.
 */
export const PLAIN_COMMAND: Variant = (() => {
  const v: Variant = { ...VARIANTS[0]!, command: 'plain' };
  return { ...v, name: variantName(v) };
})();

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
    panelTransform: variant.panelTransform,
    command: variant.command,
  };
  return `variant=${Buffer.from(JSON.stringify(markup)).toString('base64')}`;
}
