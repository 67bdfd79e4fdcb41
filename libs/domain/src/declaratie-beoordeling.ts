/**
 * The assessment of a declaration (323): each prestatie against its toewijzing and the arrangement
 * that applies — toewijzing known and current, client, product category and code, ProductPeriode
 * inside the toewijzing and not after the DeclaratiePeriode, Eenheid, tariff, amount = volume × tariff, and
 * cumulative volume and amount within the toewijzing's Omvang or Budget over all earlier prestaties
 * (credits reverse debits) — plus whether the totals add up. Pure and single-pass: the caller loads
 * the toewijzingen, arrangements and earlier prestaties a batch needs and keeps one `Beoordelaar` per
 * batch, so a later declaration in the batch sees the earlier ones.
 */
import { applicableArrangement, type Arrangement, type Uitvoeringsvariant } from './arrangement.js';
import type { ToewijzingRecord } from './state-records.js';

/** A toewijzing as sent (the latest version of its ToewijzingNummer): its rule-state record without the request it answers. */
export type ToewijzingStand = Omit<ToewijzingRecord, 'referentieAanbieder'>;

/** A prestatie declared earlier (or earlier in this batch). */
export interface EerderePrestatie {
  readonly toewijzingNummer: number;
  readonly referentieNummer: string;
  /** For a credit: the debit it reverses. */
  readonly vorigReferentieNummer: string | null;
  readonly debetCredit: 'D' | 'C';
  readonly volume: number;
  readonly bedrag: number;
  readonly begindatum: string;
  readonly status: 'ingediend' | 'toegekend' | 'afgewezen';
}

export interface Reden {
  readonly rule: string;
  readonly retourcode: string | null;
  readonly message: string;
}

export interface PrestatieBeoordeling {
  /** Position in the message: client and prestatie, 0-based. */
  readonly client: number;
  readonly prestatie: number;
  readonly referentieNummer: string;
  readonly toewijzingNummer: number;
  readonly uitvoeringsvariant: Uitvoeringsvariant | null;
  readonly oordeel: 'akkoord' | 'afwijzen';
  readonly retourcodes: readonly string[];
  readonly redenen: readonly Reden[];
}

/** Use of a toewijzing after this declaration: what is declared against what was assigned. */
export interface ToewijzingGebruik {
  readonly toewijzingNummer: number;
  readonly gedeclareerdVolume: number;
  readonly toegewezenVolume: number | null;
  readonly gedeclareerdBedrag: number;
  readonly toegewezenBudget: number | null;
}

export interface DeclaratieBeoordeling {
  readonly prestaties: readonly PrestatieBeoordeling[];
  readonly totaal: { readonly ingediend: number; readonly berekend: number; readonly klopt: boolean };
  readonly akkoord: number;
  readonly afwijzen: number;
  /** Prestaties for a product under a taakgericht arrangement: no declaration traffic belongs there. */
  readonly taakgericht: number;
  readonly gebruik: readonly ToewijzingGebruik[];
}

/** The parts of a 323 the assessment reads, in the internal model's names. */
export interface DeclaratieModel {
  readonly DeclaratiePeriode: { readonly Begindatum: string; readonly Einddatum: string };
  readonly TotaalIngediendBedrag: { readonly TotaalBedrag: number; readonly DebetCredit: string };
  readonly Clienten: {
    readonly Client: ReadonlyArray<{
      readonly Bsn: string;
      readonly Prestaties: { readonly Prestatie: readonly PrestatieModel[] };
    }>;
  };
}

export interface PrestatieModel {
  readonly ProductReferentie: { readonly ReferentieNummer: string; readonly VorigReferentieNummer?: string };
  readonly ToewijzingNummer: number;
  readonly ProductCategorie: string;
  readonly ProductCode: string;
  readonly ProductPeriode: { readonly Begindatum: string; readonly Einddatum: string };
  readonly GeleverdVolume: number;
  readonly Eenheid: string;
  readonly ProductTarief?: number;
  readonly IngediendBedrag: { readonly Bedrag: number; readonly DebetCredit: string };
}

/** Eenheid 83: the volume is itself an amount in euro cents, no tariff applies. */
const EURO = '83';

const DAY_MS = 86_400_000;

export function dagenIn(begin: string, eind: string): number {
  return Math.round((Date.parse(`${eind}T00:00:00Z`) - Date.parse(`${begin}T00:00:00Z`)) / DAY_MS) + 1;
}

function maandenIn(begin: string, eind: string): number {
  const [y1, m1] = begin.split('-').map(Number) as [number, number];
  const [y2, m2] = eind.split('-').map(Number) as [number, number];
  return (y2 - y1) * 12 + (m2 - m1) + 1;
}

/**
 * The volume a toewijzing allows over a period inside it: per dag × days, per week × days / 7
 * (rounded up, the FAQ's "frequentie per week" way), per maand × months touched, or the total.
 */
export function toegestaanVolume(toewijzing: ToewijzingStand, begin: string, eind: string): number | null {
  if (toewijzing.volume === null) return null;
  const from = begin < toewijzing.ingangsdatum ? toewijzing.ingangsdatum : begin;
  const to = toewijzing.einddatum && eind > toewijzing.einddatum ? toewijzing.einddatum : eind;
  if (to < from) return 0;
  switch (toewijzing.frequentie) {
    case '1':
      return toewijzing.volume * dagenIn(from, to);
    case '2':
      return Math.ceil((toewijzing.volume * dagenIn(from, to)) / 7);
    case '4':
      return toewijzing.volume * maandenIn(from, to);
    default:
      return toewijzing.volume;
  }
}

function maandEinde(date: string): string {
  const [year, month] = date.split('-').map(Number) as [number, number];
  return new Date(Date.UTC(year, month, 0)).toISOString().slice(0, 10);
}

interface Stand {
  volume: number;
  bedrag: number;
  readonly perMaand: Map<string, number>;
}

export interface BeoordelingContext {
  /** ToewijzingNummers are unique per standaard (wettelijk domein), gemeente and aanbieder. */
  readonly standaard: string;
  readonly gemeente: string;
  readonly aanbieder: string;
}

/** Assesses the declarations of one batch in order, keeping running totals per toewijzing. */
export class Beoordelaar {
  private readonly toewijzingen = new Map<string, ToewijzingStand>();
  private readonly standen = new Map<string, Stand>();
  /** Debits by key + ReferentieNummer that a credit may reverse (not yet credited). */
  private readonly debets = new Map<string, { volume: number; bedrag: number }>();

  constructor(
    toewijzingen: ReadonlyArray<ToewijzingStand & BeoordelingContext>,
    private readonly arrangements: readonly Arrangement[],
    eerdere: ReadonlyArray<EerderePrestatie & BeoordelingContext>,
  ) {
    for (const toewijzing of toewijzingen)
      this.toewijzingen.set(key(toewijzing, toewijzing.toewijzingNummer), toewijzing);
    for (const prestatie of eerdere) {
      if (prestatie.status === 'afgewezen') continue;
      const owner = key(prestatie, prestatie.toewijzingNummer);
      this.count(owner, prestatie.debetCredit, prestatie.volume, prestatie.bedrag, prestatie.begindatum);
      const debet = `${owner}:${prestatie.debetCredit === 'C' ? (prestatie.vorigReferentieNummer ?? prestatie.referentieNummer) : prestatie.referentieNummer}`;
      if (prestatie.debetCredit === 'D') this.debets.set(debet, prestatie);
      else this.debets.delete(debet);
    }
  }

  beoordeel(context: BeoordelingContext, declaratie: DeclaratieModel): DeclaratieBeoordeling {
    const prestaties: PrestatieBeoordeling[] = [];
    const touched = new Set<string>();
    let berekend = 0;
    for (const [clientIndex, client] of declaratie.Clienten.Client.entries()) {
      for (const [index, prestatie] of client.Prestaties.Prestatie.entries()) {
        const signed = prestatie.IngediendBedrag.DebetCredit === 'C' ? -1 : 1;
        berekend += signed * prestatie.IngediendBedrag.Bedrag;
        const owner = key(context, prestatie.ToewijzingNummer);
        touched.add(owner);
        prestaties.push(
          this.prestatie(context, declaratie, client.Bsn, prestatie, clientIndex, index, owner),
        );
      }
    }
    const totaal = declaratie.TotaalIngediendBedrag;
    const ingediend = (totaal.DebetCredit === 'C' ? -1 : 1) * totaal.TotaalBedrag;
    const akkoord = prestaties.filter((prestatie) => prestatie.oordeel === 'akkoord').length;
    return {
      prestaties,
      totaal: { ingediend, berekend, klopt: ingediend === berekend },
      akkoord,
      afwijzen: prestaties.length - akkoord,
      taakgericht: prestaties.filter((prestatie) => prestatie.uitvoeringsvariant === 'taakgericht').length,
      gebruik: [...touched].flatMap((owner) => {
        const toewijzing = this.toewijzingen.get(owner);
        if (!toewijzing) return [];
        const stand = this.standen.get(owner);
        return [
          {
            toewijzingNummer: toewijzing.toewijzingNummer,
            gedeclareerdVolume: stand?.volume ?? 0,
            toegewezenVolume: totaalToegestaan(toewijzing),
            gedeclareerdBedrag: stand?.bedrag ?? 0,
            toegewezenBudget: toewijzing.budget,
          },
        ];
      }),
    };
  }

  private prestatie(
    context: BeoordelingContext,
    declaratie: DeclaratieModel,
    bsn: string,
    prestatie: PrestatieModel,
    clientIndex: number,
    index: number,
    owner: string,
  ): PrestatieBeoordeling {
    const redenen: Reden[] = [];
    const reden = (rule: string, retourcode: string | null, message: string) =>
      redenen.push({ rule, retourcode, message });
    const periode = prestatie.ProductPeriode;
    const arrangement = applicableArrangement(
      this.arrangements.filter((candidate) => candidate.standaard === context.standaard),
      {
        gemeente: context.gemeente,
        aanbieder: context.aanbieder,
        productCategorie: prestatie.ProductCategorie,
        productCode: prestatie.ProductCode,
      },
      periode.Begindatum,
    );
    const variant = arrangement?.uitvoeringsvariant ?? null;
    const credit = prestatie.IngediendBedrag.DebetCredit === 'C';
    const referentie = prestatie.ProductReferentie.ReferentieNummer;
    const result = (): PrestatieBeoordeling => ({
      client: clientIndex,
      prestatie: index,
      referentieNummer: referentie,
      toewijzingNummer: prestatie.ToewijzingNummer,
      uitvoeringsvariant: variant,
      oordeel: redenen.length ? 'afwijzen' : 'akkoord',
      retourcodes: [...new Set(redenen.flatMap((found) => (found.retourcode ? [found.retourcode] : [])))],
      redenen,
    });
    if (variant === 'taakgericht') {
      reden(
        'OP261',
        '9338',
        `product ${prestatie.ProductCategorie}/${prestatie.ProductCode} falls under a taakgericht arrangement: no toewijzing and no declaration`,
      );
      return result();
    }
    const toewijzing = this.toewijzingen.get(owner);
    if (!toewijzing) {
      reden('TR338', '9338', `no toewijzing ${prestatie.ToewijzingNummer} for this aanbieder`);
      return result();
    }
    if (toewijzing.redenWijziging === '13')
      reden('TR384', '9384', 'the toewijzing was deleted (RedenWijziging 13)');
    if (toewijzing.bsn !== bsn) reden('TR304', '8187', 'the toewijzing belongs to another client');
    if (toewijzing.productCategorie !== null && toewijzing.productCategorie !== prestatie.ProductCategorie)
      reden(
        'TR339',
        '9339',
        `ProductCategorie ${prestatie.ProductCategorie} is not the assigned ${toewijzing.productCategorie}`,
      );
    if (toewijzing.productCode !== null && toewijzing.productCode !== prestatie.ProductCode)
      reden(
        'TR340',
        '9340',
        `ProductCode ${prestatie.ProductCode} is not the assigned ${toewijzing.productCode}`,
      );
    if (
      periode.Begindatum < toewijzing.ingangsdatum ||
      (toewijzing.einddatum && periode.Begindatum > toewijzing.einddatum)
    )
      reden('TR307', '9307', `ProductPeriode begins ${periode.Begindatum}, outside the toewijzing`);
    if (
      periode.Einddatum < toewijzing.ingangsdatum ||
      (toewijzing.einddatum && periode.Einddatum > toewijzing.einddatum)
    )
      reden('TR308', '9308', `ProductPeriode ends ${periode.Einddatum}, outside the toewijzing`);
    const declaratiePeriode = declaratie.DeclaratiePeriode;
    // TR319: the current DeclaratiePeriode or an earlier one.
    if (periode.Begindatum > declaratiePeriode.Einddatum)
      reden('TR319', '9319', 'ProductPeriode lies after the DeclaratiePeriode');
    const eenheid = toewijzing.eenheid ?? arrangement?.eenheid ?? null;
    if (eenheid !== null && eenheid !== prestatie.Eenheid)
      reden('TR341', '9341', `Eenheid ${prestatie.Eenheid} does not match the assigned ${eenheid}`);
    this.checkTarief(prestatie, arrangement, reden);
    // A credit names the debit it reverses in VorigReferentieNummer.
    const reversed = credit ? (prestatie.ProductReferentie.VorigReferentieNummer ?? referentie) : referentie;
    const debet = `${owner}:${reversed}`;
    if (credit) {
      if (!this.debets.has(debet)) reden('TR323', '8017', `no debit prestatie ${reversed} to credit`);
    } else if (this.debets.has(debet)) reden('TR314', '8021', `prestatie ${referentie} was already declared`);
    if (!credit) this.checkLimits(toewijzing, owner, prestatie, reden);
    const beoordeling = result();
    if (beoordeling.oordeel === 'akkoord') {
      this.count(
        owner,
        credit ? 'C' : 'D',
        prestatie.GeleverdVolume,
        prestatie.IngediendBedrag.Bedrag,
        periode.Begindatum,
      );
      if (credit) this.debets.delete(debet);
      else
        this.debets.set(debet, {
          volume: prestatie.GeleverdVolume,
          bedrag: prestatie.IngediendBedrag.Bedrag,
        });
    }
    return beoordeling;
  }

  private checkTarief(
    prestatie: PrestatieModel,
    arrangement: Arrangement | undefined,
    reden: (rule: string, retourcode: string | null, message: string) => void,
  ): void {
    if (prestatie.Eenheid === EURO) {
      if (prestatie.IngediendBedrag.Bedrag !== prestatie.GeleverdVolume)
        reden('TARIEF', '0611', 'for eenheid 83 the IngediendBedrag equals the GeleverdVolume (euro cents)');
      return;
    }
    const tarief = prestatie.ProductTarief;
    if (arrangement?.tarief != null && tarief !== undefined && tarief !== arrangement.tarief)
      reden('TR418', '0611', `ProductTarief ${tarief} is not the contracted ${arrangement.tarief}`);
    const applied = tarief ?? arrangement?.tarief ?? null;
    if (
      applied !== null &&
      prestatie.IngediendBedrag.Bedrag !== Math.round(prestatie.GeleverdVolume * applied)
    )
      reden(
        tarief === undefined ? 'TR418' : 'TR346',
        tarief === undefined ? '0611' : '9346',
        `IngediendBedrag ${prestatie.IngediendBedrag.Bedrag} is not GeleverdVolume ${prestatie.GeleverdVolume} × tariff ${applied}`,
      );
  }

  private checkLimits(
    toewijzing: ToewijzingStand,
    owner: string,
    prestatie: PrestatieModel,
    reden: (rule: string, retourcode: string | null, message: string) => void,
  ): void {
    const periode = prestatie.ProductPeriode;
    const volume = prestatie.GeleverdVolume;
    const stand = this.standen.get(owner);
    const perPeriode = toegestaanVolume(toewijzing, periode.Begindatum, periode.Einddatum);
    if (perPeriode !== null && volume > perPeriode) {
      reden(
        'TR321',
        '9321',
        `GeleverdVolume ${volume} exceeds the ${perPeriode} assigned for the ProductPeriode`,
      );
      return;
    }
    const totaal = totaalToegestaan(toewijzing);
    const month = periode.Begindatum.slice(0, 7);
    const inMonth =
      toewijzing.frequentie && toewijzing.frequentie !== '6'
        ? toegestaanVolume(toewijzing, `${month}-01`, maandEinde(periode.Begindatum))
        : null;
    const cumulative = (stand?.volume ?? 0) + volume;
    const cumulativeMonth = (stand?.perMaand.get(month) ?? 0) + volume;
    if (totaal !== null && cumulative > totaal)
      reden('TR322', '9322', `the declared volume would reach ${cumulative} of the ${totaal} assigned`);
    else if (inMonth !== null && cumulativeMonth > inMonth)
      reden(
        'TR322',
        '9322',
        `the volume declared for ${month} would reach ${cumulativeMonth} of the ${inMonth} assigned`,
      );
    const bedrag = (stand?.bedrag ?? 0) + prestatie.IngediendBedrag.Bedrag;
    if (toewijzing.budget !== null && bedrag > toewijzing.budget)
      reden('TR369', '9369', `the declared amount would reach ${bedrag} of the Budget ${toewijzing.budget}`);
  }

  private count(
    owner: string,
    debetCredit: 'D' | 'C',
    volume: number,
    bedrag: number,
    begindatum: string,
  ): void {
    const sign = debetCredit === 'C' ? -1 : 1;
    let stand = this.standen.get(owner);
    if (!stand) this.standen.set(owner, (stand = { volume: 0, bedrag: 0, perMaand: new Map() }));
    stand.volume += sign * volume;
    stand.bedrag += sign * bedrag;
    const month = begindatum.slice(0, 7);
    stand.perMaand.set(month, (stand.perMaand.get(month) ?? 0) + sign * volume);
  }
}

/** The volume a toewijzing allows over its whole validity; null when open-ended with a rate, or no Omvang. */
export function totaalToegestaan(toewijzing: ToewijzingStand): number | null {
  if (toewijzing.volume === null) return null;
  if (toewijzing.frequentie === '6' || toewijzing.frequentie === null) return toewijzing.volume;
  if (!toewijzing.einddatum) return null;
  return toegestaanVolume(toewijzing, toewijzing.ingangsdatum, toewijzing.einddatum);
}

function key(context: BeoordelingContext, toewijzingNummer: number): string {
  return `${context.standaard}:${context.gemeente}:${context.aanbieder}:${toewijzingNummer}`;
}
