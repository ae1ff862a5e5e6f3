export { WCAG_TAGS, expectNoAxeViolations, prepareAxe } from '../axe.ts';
export { t } from '../i18n.ts';
