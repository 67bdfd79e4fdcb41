/** Benchmark inputs made with our own builder: a realistic small start-zorg and declarations of any size. */
import { build, type IJw } from '../libs/istandaarden/src/index.js';

const XSD_VERSIE = { BasisschemaXsdVersie: '1.0.0', BerichtXsdVersie: '1.0.0' };

export function smallJw305(): string {
  const bericht: IJw.JW305 = {
    Header: {
      BerichtCode: '438',
      BerichtVersie: 3,
      BerichtSubversie: 2,
      Afzender: '12345678',
      Ontvanger: '0363',
      BerichtIdentificatie: { Identificatie: 'START-2026-0001', Dagtekening: '2026-04-15' },
      XsdVersie: XSD_VERSIE,
    },
    Client: {
      Bsn: '999990019',
      Geboortedatum: { Datum: '2012-05-14' },
      Geslacht: '1',
      Naam: { Geslachtsnaam: { Achternaam: 'Jansen', Voorvoegsel: 'de' }, Voorletters: 'P' },
      StartProducten: {
        StartProduct: [1, 2].map((n) => ({
          ToewijzingNummer: 300200 + n,
          Product: { Categorie: '45' as const, Code: `45A0${n}` },
          ToewijzingIngangsdatum: '2026-04-01',
          Begindatum: '2026-04-03',
          StatusAanlevering: '1' as const,
        })),
      },
    },
  };
  return buildOrThrow({ code: 'JW305', bericht });
}

/**
 * A JW323 declaration of at least `megabytes` MB: clients with four prestaties each on a toewijzing of
 * their own (400000 + n). The XML of one client is built once and repeated with other numbers, so
 * making a 50 MB fixture stays cheap.
 */
export function declaration(megabytes: number, { clean = false }: { clean?: boolean } = {}): Buffer {
  const prestatie = (k: number): IJw.JW323_Prestatie => ({
    ProductReferentie: { ReferentieNummer: `R@N@-${k}` },
    ToewijzingNummer: 400000,
    ProductCategorie: '45',
    ProductCode: '45A01',
    ProductPeriode: { Begindatum: '2026-04-01', Einddatum: '2026-04-30' },
    GeleverdVolume: 10 + k,
    Eenheid: '04',
    ProductTarief: 6250,
    IngediendBedrag: { Bedrag: 6250 * (10 + k), DebetCredit: 'D' },
  });
  const xml = buildOrThrow({
    code: 'JW323',
    bericht: {
      Header: {
        BerichtCode: '490',
        BerichtVersie: 3,
        BerichtSubversie: 2,
        Afzender: '12345678',
        Ontvanger: '0363',
        BerichtIdentificatie: { Identificatie: 'DECL-2026-04', Dagtekening: '2026-05-06' },
        XsdVersie: XSD_VERSIE,
      },
      Declaratie: {
        DeclaratieNummer: 'D202604',
        DeclaratiePeriode: { Begindatum: '2026-04-01', Einddatum: '2026-04-30' },
        DeclaratieDagtekening: '2026-05-06',
        TotaalIngediendBedrag: { TotaalBedrag: 0, DebetCredit: 'D' },
        Clienten: { Client: [{ Bsn: '@BSN@', Prestaties: { Prestatie: [1, 2, 3, 4].map(prestatie) } }] },
      },
    } satisfies IJw.JW323,
  });
  const start = xml.indexOf('\t\t\t<jw323:Client>');
  const end = xml.indexOf('</jw323:Client>') + '</jw323:Client>\n'.length;
  const [head, client, tail] = [xml.slice(0, start), xml.slice(start, end), xml.slice(end)];
  const parts: Buffer[] = [Buffer.from(head)];
  let size = head.length + tail.length;
  for (let n = 0; size < megabytes * 1e6; n++) {
    let part = Buffer.from(
      client
        .replace('@BSN@', bsnFor(n))
        .replace(/@N@/g, String(n))
        .replaceAll('ToewijzingNummer>400000<', `ToewijzingNummer>${400000 + n}<`),
    );
    if (clean) {
      // One debit prestatie per toewijzing (TR416): each of the client's four gets its own.
      let k = 0;
      part = Buffer.from(
        part
          .toString('utf8')
          .replace(/ToewijzingNummer>\d+</g, () => `ToewijzingNummer>${4 * n + k++ + 1000000}<`),
      );
    }
    parts.push(part);
    size += part.length;
  }
  parts.push(Buffer.from(tail));
  if (!clean) return Buffer.concat(parts);
  // The declared total is the sum of the prestaties (TR358): each client's four sum to 6250 × 50.
  const clients = parts.length - 2;
  parts[0] = Buffer.from(head.replace(/TotaalBedrag>0</, `TotaalBedrag>${6250 * 50 * clients}<`));
  return Buffer.concat(parts);
}

/** A distinct BSN per client that passes the eleven-test, so the rules judge the prestaties and not the number. */
export function bsnFor(n: number): string {
  for (const base of [10_000_000 + 2 * n, 10_000_001 + 2 * n]) {
    const digits = String(base).split('').map(Number);
    const check = digits.reduce((sum, d, i) => sum + d * (9 - i), 0) % 11;
    if (check <= 9) return `${base}${check}`;
  }
  throw new Error(`no BSN for ${n}`);
}

function buildOrThrow(input: Parameters<typeof build>[0]): string {
  const built = build(input);
  if (!built.ok) throw new Error(`fixture does not build: ${JSON.stringify(built.findings)}`);
  return built.xml;
}
