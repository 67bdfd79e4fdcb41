/** A JW323 declaration for one client, built with our builder, for tests of the console and its scenario. */
import { build, type IJw } from '../../libs/istandaarden/src/index.js';

export interface DeclaratieOptions {
  readonly bsn: string;
  readonly identificatie: string;
  readonly gemeente?: string;
  readonly aanbieder?: string;
  readonly dagtekening?: string;
  readonly productCategorie?: string;
  readonly productCode?: string;
  readonly toewijzingNummer?: number;
  /** Per prestatie, in cents. */
  readonly tarief?: number;
  readonly volume?: number;
}

export function declaratie(options: DeclaratieOptions): string {
  const tarief = options.tarief ?? 6250;
  const volume = options.volume ?? 10;
  const dagtekening = options.dagtekening ?? '2026-05-06';
  const bericht: IJw.JW323 = {
    Header: {
      BerichtCode: '490',
      BerichtVersie: 3,
      BerichtSubversie: 2,
      Afzender: options.aanbieder ?? '12345678',
      Ontvanger: options.gemeente ?? '0363',
      BerichtIdentificatie: { Identificatie: options.identificatie, Dagtekening: dagtekening },
      XsdVersie: { BasisschemaXsdVersie: '1.0.0', BerichtXsdVersie: '1.0.0' },
    },
    Declaratie: {
      DeclaratieNummer: options.identificatie.replace(/[^a-zA-Z0-9]/g, '').slice(0, 12),
      DeclaratiePeriode: { Begindatum: '2026-04-01', Einddatum: '2026-04-30' },
      DeclaratieDagtekening: dagtekening,
      TotaalIngediendBedrag: { TotaalBedrag: tarief * volume, DebetCredit: 'D' },
      Clienten: {
        Client: [
          {
            Bsn: options.bsn,
            Prestaties: {
              Prestatie: [
                {
                  ProductReferentie: {
                    ReferentieNummer: `R${options.identificatie}`.replace(/[^a-zA-Z0-9]/g, '').slice(0, 20),
                  },
                  ToewijzingNummer: options.toewijzingNummer ?? 400000,
                  ProductCategorie: options.productCategorie ?? '45',
                  ProductCode: options.productCode ?? '45A01',
                  ProductPeriode: { Begindatum: '2026-04-01', Einddatum: '2026-04-30' },
                  GeleverdVolume: volume,
                  Eenheid: '04',
                  ProductTarief: tarief,
                  IngediendBedrag: { Bedrag: tarief * volume, DebetCredit: 'D' },
                },
              ],
            },
          },
        ],
      },
    } as IJw.JW323['Declaratie'],
  };
  const built = build({ code: 'JW323', bericht });
  if (!built.ok) throw new Error(`declaration does not build: ${JSON.stringify(built.findings)}`);
  return built.xml;
}
