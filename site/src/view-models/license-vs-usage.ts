import {
  SERVICES,
  evaluate,
  type Language,
  type Origin,
  type Service,
  type Situation,
} from '../../../core/index.ts';
import type { ChangeNote } from '../../../locales/change-notes.ts';
import { outcomeKey } from '../../../locales/keys.ts';
import { tFor } from '../lib/i18n.ts';
import { verdictsChangeNotes } from './change-notes.ts';
import { answerLabel } from './verdict.ts';

/**
 * The guide's table "license-based or usage-based", read from the rules (global Partner
 * Center, direct partner), never written by hand: EA stands for every other channel of the
 * list of cases, which the rules treat alike.
 */

const ROWS = [
  { head: 'rowOther', origin: 'ea' },
  { head: 'rowCsp', origin: 'csp-partner' },
] as const satisfies readonly { head: string; origin: Origin }[];

export interface LicenseVsUsageTable {
  /** Column heads: one per service. */
  services: string[];
  rows: { head: string; cells: { steps: string[] }[] }[];
  /** What changed since the seeds for every cell of the table. */
  notes: ChangeNote[];
}

const situation = (origin: Origin, service: Service): Situation => ({
  cloud: 'global',
  origin,
  service,
  role: 'direct',
});

export function licenseVsUsageTable(lang: Language): LicenseVsUsageTable {
  const t = tFor(lang);
  return {
    services: SERVICES.map((service) => answerLabel(lang, 'service', service)),
    rows: ROWS.map(({ head, origin }) => ({
      head: t(`site:licenseVsUsage.${head}`),
      cells: SERVICES.map((service) => ({
        steps: evaluate(situation(origin, service)).outcomes.map((o) => t(outcomeKey(o, 'title'))),
      })),
    })),
    notes: verdictsChangeNotes(
      lang,
      ROWS.flatMap(({ origin }) =>
        SERVICES.map((service) => ({
          verdict: evaluate(situation(origin, service)),
          situations: [situation(origin, service)],
        })),
      ),
    ),
  };
}
