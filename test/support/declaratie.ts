/** A JW323 declaration of one prestatie for one client (on aJw323), for tests of the console and its scenario. */
import { aJw323 } from './declaratie-builder.js';
import type { SeedToewijzing } from './toewijzingen.js';

export interface DeclaratieOptions {
  readonly bsn: string;
  readonly identificatie: string;
  readonly gemeente?: string;
  readonly aanbieder?: string;
  /** Header and declaration dagtekening; the builder's own when absent. */
  readonly dagtekening?: string;
  readonly productCategorie?: string;
  readonly productCode?: string;
  readonly toewijzingNummer?: number;
  /** Per unit, in cents. */
  readonly tarief?: number;
  readonly volume?: number;
}

const BUILDER_DAGTEKENING = '2026-04-06';
const DEFAULT_TOEWIJZING = 400000;

export function declaratie(options: DeclaratieOptions): string {
  const xml = aJw323({
    identificatie: options.identificatie,
    ...(options.gemeente ? { gemeente: options.gemeente } : {}),
    ...(options.aanbieder ? { aanbieder: options.aanbieder } : {}),
    clients: [
      {
        bsn: options.bsn,
        prestaties: [
          {
            referentie: `R${options.identificatie}`.replace(/[^a-zA-Z0-9]/g, '').slice(0, 20),
            toewijzingNummer: options.toewijzingNummer ?? DEFAULT_TOEWIJZING,
            ...(options.productCategorie ? { categorie: options.productCategorie } : {}),
            ...(options.productCode ? { code: options.productCode } : {}),
            volume: options.volume ?? 10,
            tarief: options.tarief ?? 6250,
          },
        ],
      },
    ],
  });
  return options.dagtekening ? xml.replaceAll(`>${BUILDER_DAGTEKENING}<`, `>${options.dagtekening}<`) : xml;
}

/**
 * The toewijzing a declaration of `declaratie` names (its ToewijzingNummer, client, product, all of 2026),
 * for seeding as if sent in a 301: the cross-message rules refuse a prestatie without one (TR338).
 */
export function toewijzingVoor(options: DeclaratieOptions): SeedToewijzing {
  return {
    ...(options.gemeente ? { gemeente: options.gemeente } : {}),
    ...(options.aanbieder ? { aanbieder: options.aanbieder } : {}),
    toewijzingNummer: options.toewijzingNummer ?? DEFAULT_TOEWIJZING,
    bsn: options.bsn,
    productCategorie: options.productCategorie ?? '45',
    productCode: options.productCode ?? '45A01',
    ingangsdatum: '2026-01-01',
    einddatum: '2026-12-31',
  };
}
