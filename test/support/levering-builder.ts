/** Builds JW305 (start) and JW307 (stop) messages for tests; without a toewijzingNummer they are taakgericht (IV096). */
import { build, type IJw } from '../../libs/istandaarden/src/index.js';

export interface LeveringSpec {
  readonly identificatie: string;
  readonly bsn: string;
  readonly product: { categorie: IJw.LDT_ProductCategorie; code: string };
  readonly begindatum: string;
  readonly toewijzingNummer?: number;
  readonly toewijzingIngangsdatum?: string;
  readonly statusAanlevering?: IJw.LDT_StatusAanlevering;
  readonly aanbieder?: string;
  readonly dagtekening?: string;
}

function header(code: '438' | '440', spec: LeveringSpec): IJw.JW305_Header {
  return {
    BerichtCode: code as '438',
    BerichtVersie: 3,
    BerichtSubversie: 2,
    Afzender: spec.aanbieder ?? '12345678',
    Ontvanger: '0363',
    BerichtIdentificatie: {
      Identificatie: spec.identificatie,
      Dagtekening: spec.dagtekening ?? '2026-04-01',
    },
    XsdVersie: { BasisschemaXsdVersie: '1.0.0', BerichtXsdVersie: '1.0.0' },
  };
}

function client(spec: LeveringSpec): Omit<IJw.JW305_Client, 'StartProducten'> {
  return {
    Bsn: spec.bsn,
    Geboortedatum: { Datum: '2012-05-14' },
    Geslacht: '1',
    Naam: { Geslachtsnaam: { Achternaam: 'Jansen' }, Voorletters: 'P' },
  };
}

function product(spec: LeveringSpec) {
  return {
    ...(spec.toewijzingNummer === undefined ? {} : { ToewijzingNummer: spec.toewijzingNummer }),
    Product: { Categorie: spec.product.categorie, Code: spec.product.code },
    ...(spec.toewijzingIngangsdatum ? { ToewijzingIngangsdatum: spec.toewijzingIngangsdatum } : {}),
    Begindatum: spec.begindatum,
  };
}

export function aJw305(spec: LeveringSpec): string {
  return buildOrThrow({
    code: 'JW305',
    bericht: {
      Header: header('438', spec),
      Client: {
        ...client(spec),
        StartProducten: {
          StartProduct: [{ ...product(spec), StatusAanlevering: spec.statusAanlevering ?? '1' }],
        },
      },
    } satisfies IJw.JW305,
  });
}

export function aJw307(spec: LeveringSpec & { einddatum: string }): string {
  return buildOrThrow({
    code: 'JW307',
    bericht: {
      Header: header('440', spec) as unknown as IJw.JW307_Header,
      Client: {
        ...client(spec),
        StopProducten: {
          StopProduct: [
            {
              ...product(spec),
              RedenBeeindiging: '02',
              Einddatum: spec.einddatum,
              StatusAanlevering: spec.statusAanlevering ?? '1',
            },
          ],
        },
      },
    } satisfies IJw.JW307,
  });
}

function buildOrThrow(input: Parameters<typeof build>[0]): string {
  const built = build(input);
  if (!built.ok) throw new Error(`message does not build: ${JSON.stringify(built.findings)}`);
  return built.xml;
}
