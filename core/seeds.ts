import type { Cloud } from './situation.ts';

/**
 * The two seed documents the rules come from, and every part (bullet or table row) a rule
 * may cite. Quotes are verbatim German from the seed; a test checks each one against the
 * file in `../shared/seeds/`. Translations of each part live in `locales/<lng>/sources.json`
 * under `part.<seedKey>.<partId>`.
 */

export interface SeedPart {
  /** `bullet` in the list of cases, or a row (or a bullet inside a row) of the table. */
  kind: 'bullet' | 'table-row' | 'document';
  /** Verbatim German text of the part, whitespace folded. Empty for `scope`. */
  quote: string;
}

export interface Seed {
  /** Short key used in URLs and locale keys. */
  key: Cloud;
  file: string;
  cloud: Cloud;
  /** The document's own title (German). */
  title: string;
  /** The date the document carries, ISO. */
  date: string;
  /** Where the date comes from in the file. */
  dateField: string;
  /** The German text is a human translation or a machine translation (`ms.translationtype`). */
  translation: 'human' | 'machine';
  parts: Record<string, SeedPart>;
}

/**
 * Every seed has a `scope` part: the whole document. A `not-covered` verdict cites it,
 * meaning "this document was read in full and does not speak of the case".
 */
export const SCOPE_PART = 'scope';

const scope: SeedPart = { kind: 'document', quote: '' };

export const GLOBAL_SEED = {
  key: 'global',
  file: '002_bbc4b34e42a08680.txt',
  cloud: 'global',
  title: 'Multichannel', // the page's <title> adds " | Partner Center"
  // The file has no ms.date; its footer marker `HONumber=Nov16_HO4` dates it to November 2016.
  date: '2016-11',
  dateField: 'HONumber=Nov16_HO4',
  translation: 'human',
  parts: {
    [SCOPE_PART]: scope,
    'cases-1': {
      kind: 'bullet',
      quote:
        'Der Kunde hat bereits Abonnements direkt von Microsoft erworben oder über die Programme Advisor, Open oder EA.',
    },
    'cases-2': {
      kind: 'bullet',
      quote:
        'Der Kunde hat die Abonnements von Ihnen gekauft, während Sie am Advisor-Programm teilgenommen haben. Sie sind nun aber Teilnehmer am Programm für Cloud-Lösungsanbieter.',
    },
    'cases-3': {
      kind: 'bullet',
      quote:
        'Der Kunde hat die Abonnements von einem Drittanbieter gekauft, der weder dem Programm für Cloud-Lösungsanbieter angehört noch ein Microsoft Syndication-Partner ist. Kunden können lizenzbasierte CSP-Abonnements nicht auf einen anderen Partner aus dem Programm für Cloud-Lösungsanbieter übertragen – sie müssen dazu bis zum Ende ihrer Abonnementlaufzeit warten oder das Abonnement kündigen.',
    },
    'table-license-based': {
      kind: 'table-row',
      quote:
        'Um Support für Multichannel-Konten leisten zu können, müssen Sie vom Kunden die Berechtigungen zum Verwalten seiner Abonnements anfordern.',
    },
    'table-usage-based-1': {
      kind: 'table-row',
      quote:
        'Für einen Kunden, der ein Azure-Abonnement bereits über einen anderen Kanal wie beispielsweise Advisor, Open oder EA erworben hat, gibt es keinen unterstützten Migrationspfad zu CSP. Sie können jedoch ein neues Azure-Abonnement in CSP erstellen und Daten und Einstellungen manuell übernehmen. Der Kunde kann anschließend einzelne alte Dienste oder das gesamte Abonnement kündigen. Beachten Sie, dass CSP möglicherweise noch nicht alle benötigten Dienste bereitstellen kann.',
    },
    'table-usage-based-2': {
      kind: 'table-row',
      quote:
        'Ein Kunde, der ein Azure-Abonnement von einem CSP-Partner erworben hat, kann Azure-Dienste auf einen anderen Partner übertragen.',
    },
    'table-indirect-1': {
      kind: 'table-row',
      quote:
        'Der indirekte Partner erstellt die CSP-Einladung basierend auf dem Link im Partner Center und sendet sie entweder direkt an den Endkunden oder an Ihre Wiederverkäufer, die sie an die Endkunden weiterleiten können.',
    },
    'table-indirect-2': {
      kind: 'table-row',
      quote:
        'Wiederverkäufer, die für einen indirekten Partner im CSP-Programm arbeiten, können keine eigenen CSP-Einladungen erstellen. Sie müssen die von ihrem indirekten Partner bereitgestellte Einladung verwenden.',
    },
    'table-indirect-3': {
      kind: 'table-row',
      quote:
        'Der indirekte Partner wird die Beziehung besitzen, kann jedoch einen Wiederverkäufer angeben, der die delegierten Administratorrechte erhalten soll, die zum Verwalten der Bereitstellung und für den Support erforderlich sind.',
    },
  },
} as const satisfies Seed;

export const VIANET_SEED = {
  key: '21vianet',
  file: '000_5a3a2e8b96d06ccd.txt',
  cloud: '21vianet',
  title: 'Mit mehreren Kanälen (Partner Center im Betrieb über 21Vianet)',
  date: '2018-10-29',
  dateField: 'ms.date: 10/29/2018',
  translation: 'machine',
  parts: {
    [SCOPE_PART]: scope,
    'cases-1': { kind: 'bullet', quote: 'Abonnements von 21Vianet hat bereits gekauft werden.' },
    'cases-2': {
      kind: 'bullet',
      quote:
        'Die Abonnements erworben von Ihnen, wenn Sie, in dem Advisor-Programm waren, und jetzt Sie im CSP-Programm sind.',
    },
    'table-license-based': {
      kind: 'table-row',
      quote:
        'Um Support für Multichannel-Konten leisten zu können, müssen Sie vom Kunden die Berechtigungen zum Verwalten seiner Abonnements anfordern.',
    },
    'table-indirect-1': {
      kind: 'table-row',
      quote:
        'Der indirekte Partner erstellt die CSP-Einladung basierend auf dem Link im Partner Center und sendet sie entweder direkt an den Endkunden oder an Ihre Wiederverkäufer, die sie an die Endkunden weiterleiten können.',
    },
    'table-indirect-2': {
      kind: 'table-row',
      quote:
        'Wiederverkäufer, die für einen indirekten Partner im CSP-Programm arbeiten, können keine eigenen CSP-Einladungen erstellen. Sie müssen die von ihrem indirekten Partner bereitgestellte Einladung verwenden.',
    },
    'table-indirect-3': {
      kind: 'table-row',
      quote:
        'Der indirekte Partner wird die vertriebspartnerbeziehung besitzen, aber ihre Kunden kann delegierte Administratorrechte an einen anderen Händler erteilen, damit sie die Bereitstellung und/oder -Unterstützung verwalten können.',
    },
  },
} as const satisfies Seed;

export const SEEDS = [GLOBAL_SEED, VIANET_SEED] as const;

export type GlobalPart = keyof (typeof GLOBAL_SEED)['parts'];
export type VianetPart = keyof (typeof VIANET_SEED)['parts'];

/** The seed that describes a cloud. */
export function seedForCloud(cloud: Cloud): Seed {
  return cloud === 'global' ? GLOBAL_SEED : VIANET_SEED;
}

/** The seed with this file name, or undefined. */
export function seedByFile(file: string): Seed | undefined {
  return SEEDS.find((seed) => seed.file === file);
}

/**
 * Orders two citations of the seeds as a reader meets them: by document (in `SEEDS` order),
 * then by part, in the order the document has them (the order of `parts`). A list of
 * citations sorted with this reads „Liste der Fälle, Punkt 1; Punkt 2; … Tabelle …“.
 */
export function compareSeedParts(
  a: { seed: string; part: string },
  b: { seed: string; part: string },
): number {
  const seedIndex = (file: string) => SEEDS.findIndex((seed) => seed.file === file);
  const partIndex = (ref: { seed: string; part: string }) =>
    Object.keys(seedByFile(ref.seed)?.parts ?? {}).indexOf(ref.part);
  return seedIndex(a.seed) - seedIndex(b.seed) || partIndex(a) - partIndex(b);
}
