import 'i18next';
import type { Resources } from './resources.ts';

// Makes every `t('ns:key')` call type-checked against the English dictionaries:
// a wrong key is a compile error.
declare module 'i18next' {
  interface CustomTypeOptions {
    defaultNS: 'common';
    resources: Resources;
  }
}
