/**
 * What a toewijzing (301) we send does to an assignment, following the standard's RedenWijziging
 * rules (codelist JZ002 / WMO002): a new assignment carries no RedenWijziging; a change, an end
 * (an Einddatum set or brought forward) or a withdrawal carries one; RedenWijziging 13 (Verwijderd)
 * only with an Einddatum equal to the Ingangsdatum; 01 is no longer in use. Against the toewijzing
 * sent before under the same ToewijzingNummer: a number in use cannot be new, a change needs an
 * earlier toewijzing, and the Ingangsdatum cannot move.
 */
export type Wijziging = 'nieuw' | 'gewijzigd' | 'beeindigd' | 'ingetrokken';

export interface ToegewezenProductFeiten {
  readonly toewijzingNummer: number;
  readonly ingangsdatum: string;
  readonly einddatum?: string;
  readonly redenWijziging?: string;
}

/** The toewijzing sent before under the same number, as far as these rules need it. */
export interface EerdereToewijzing {
  readonly ingangsdatum: string;
  readonly einddatum: string | null;
}

export interface WijzigingOordeel {
  readonly wijziging: Wijziging;
  /** Why the product may not be sent; empty when it may. */
  readonly bezwaren: readonly string[];
}

const VERWIJDERD = '13';
const VERVALLEN = '01';

export function beoordeelWijziging(
  product: ToegewezenProductFeiten,
  eerder: EerdereToewijzing | undefined,
): WijzigingOordeel {
  const { toewijzingNummer: nummer, ingangsdatum, einddatum, redenWijziging: reden } = product;
  const bezwaren: string[] = [];
  if (reden === VERVALLEN) bezwaren.push(`RedenWijziging 01 is no longer in use (toewijzing ${nummer})`);
  if (reden === VERWIJDERD && einddatum !== ingangsdatum)
    bezwaren.push(
      `RedenWijziging 13 (verwijderd) needs Einddatum equal to Ingangsdatum (toewijzing ${nummer})`,
    );
  if (einddatum !== undefined && einddatum < ingangsdatum)
    bezwaren.push(`Einddatum ${einddatum} is before Ingangsdatum ${ingangsdatum} (toewijzing ${nummer})`);
  if (reden === undefined) {
    if (eerder) bezwaren.push(`ToewijzingNummer ${nummer} was sent before: a change needs a RedenWijziging`);
    return { wijziging: 'nieuw', bezwaren };
  }
  if (!eerder)
    bezwaren.push(`no toewijzing with ToewijzingNummer ${nummer} was sent: a new one has no RedenWijziging`);
  else if (eerder.ingangsdatum !== ingangsdatum)
    bezwaren.push(
      `the Ingangsdatum of toewijzing ${nummer} cannot change (${eerder.ingangsdatum} → ${ingangsdatum})`,
    );
  const wijziging: Wijziging =
    reden === VERWIJDERD
      ? 'ingetrokken'
      : einddatum !== undefined && (!eerder?.einddatum || einddatum < eerder.einddatum)
        ? 'beeindigd'
        : 'gewijzigd';
  return { wijziging, bezwaren };
}
