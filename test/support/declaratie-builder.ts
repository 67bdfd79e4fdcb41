/** Builds JW323 declarations for tests: a test states its prestaties, the builder fills the rest and the totals. */
import { build, type IJw } from '../../libs/istandaarden/src/index.js';

export interface PrestatieSpec {
  readonly referentie: string;
  readonly vorigReferentie?: string;
  readonly toewijzingNummer: number;
  readonly categorie?: string;
  readonly code?: string;
  readonly begin?: string;
  readonly eind?: string;
  readonly volume: number;
  readonly eenheid?: IJw.LDT_Eenheid;
  readonly tarief?: number;
  /** Defaults to volume × tarief. */
  readonly bedrag?: number;
  readonly credit?: boolean;
}

export interface DeclaratieSpec {
  readonly identificatie: string;
  readonly aanbieder?: string;
  readonly gemeente?: string;
  readonly nummer?: string;
  readonly periode?: { begin: string; eind: string };
  readonly clients: ReadonlyArray<{ bsn: string; prestaties: readonly PrestatieSpec[] }>;
}

export function aJw323(spec: DeclaratieSpec): string {
  const periode = spec.periode ?? { begin: '2026-03-01', eind: '2026-03-31' };
  let total = 0;
  const clients = spec.clients.map((client) => ({
    Bsn: client.bsn,
    Prestaties: {
      Prestatie: client.prestaties.map((p): IJw.JW323_Prestatie => {
        const tarief = p.tarief ?? 6_000;
        const bedrag = p.bedrag ?? p.volume * tarief;
        total += (p.credit ? -1 : 1) * bedrag;
        return {
          ProductReferentie: {
            ReferentieNummer: p.referentie,
            ...(p.vorigReferentie ? { VorigReferentieNummer: p.vorigReferentie } : {}),
          },
          ToewijzingNummer: p.toewijzingNummer,
          ProductCategorie: (p.categorie ?? '45') as IJw.LDT_ProductCategorie,
          ProductCode: p.code ?? '45A01',
          ProductPeriode: { Begindatum: p.begin ?? periode.begin, Einddatum: p.eind ?? periode.eind },
          GeleverdVolume: p.volume,
          Eenheid: p.eenheid ?? '04',
          ...(p.eenheid === '83' ? {} : { ProductTarief: tarief }),
          IngediendBedrag: { Bedrag: bedrag, DebetCredit: p.credit ? 'C' : 'D' },
        };
      }),
    },
  }));
  const built = build({
    code: 'JW323',
    bericht: {
      Header: {
        BerichtCode: '490',
        BerichtVersie: 3,
        BerichtSubversie: 2,
        Afzender: spec.aanbieder ?? '12345678',
        Ontvanger: spec.gemeente ?? '0363',
        BerichtIdentificatie: { Identificatie: spec.identificatie, Dagtekening: '2026-04-06' },
        XsdVersie: { BasisschemaXsdVersie: '1.0.0', BerichtXsdVersie: '1.0.0' },
      },
      Declaratie: {
        DeclaratieNummer: spec.nummer ?? spec.identificatie.replace(/[^a-zA-Z0-9]/g, ''),
        DeclaratiePeriode: { Begindatum: periode.begin, Einddatum: periode.eind },
        DeclaratieDagtekening: '2026-04-06',
        TotaalIngediendBedrag: { TotaalBedrag: Math.abs(total), DebetCredit: total < 0 ? 'C' : 'D' },
        Clienten: { Client: clients },
      },
    } satisfies IJw.JW323,
  });
  if (!built.ok) throw new Error(`declaration does not build: ${JSON.stringify(built.findings)}`);
  return built.xml;
}
