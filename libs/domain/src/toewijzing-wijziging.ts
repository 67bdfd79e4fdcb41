/**
 * What a toewijzing (301) we send does to an assignment, following the standard's RedenWijziging
 * rules (codelist JZ002 / WMO002): a new assignment carries no RedenWijziging; a change, an end
 * (an Einddatum set or brought forward) or a withdrawal (RedenWijziging 13, Verwijderd) carries one.
 * Against the toewijzing sent before under the same ToewijzingNummer: a number in use cannot be new,
 * a change needs an earlier toewijzing, and the Ingangsdatum cannot move.
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

export function beoordeelWijziging(
  product: ToegewezenProductFeiten,
  eerder: EerdereToewijzing | undefined,
): WijzigingOordeel {
  const { toewijzingNummer: nummer, ingangsdatum, einddatum, redenWijziging: reden } = product;
  // 01 not in use, 13 only with Einddatum = Ingangsdatum and no end before the start are the in-message
  // rules CS336, CS335 and CS003 (evaluateRules), with their own ids and retourcodes: not repeated here.
  const bezwaren: string[] = [];
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
