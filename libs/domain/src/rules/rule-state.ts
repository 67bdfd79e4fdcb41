/**
 * The state cross-message rules read, as an in-memory view over the rows a batch needs: loaded once
 * per batch through a `RuleStateSource` (the gateway implements it over its tables), then updated
 * message by message, so a later message in the batch sees what an earlier one did.
 */
import type { Bericht } from '../../../istandaarden/src/index.js';
import { catalogueEntry } from '../../../istandaarden/src/index.js';
import {
  NO_STATE,
  type AntwoordRecord,
  type DeclaratieRecord,
  type LeveringRecord,
  type PrestatieRecord,
  type StateRecords,
  type ToewijzingRecord,
  type VerzoekRecord,
  stateRecords as stateRecordsOf,
  prestatieRecord,
} from '../state-records.js';

/** Whose state: cross-message rules compare a message only with the same law, gemeente and aanbieder. */
export interface StateOwner {
  readonly standaard: string;
  readonly gemeente: string;
  readonly aanbieder: string;
}

/** What a batch needs loaded, per owner: the clients, toewijzingen, requests and declarations it names. */
export interface StateKeys extends StateOwner {
  readonly bsns: readonly string[];
  readonly toewijzingNummers: readonly number[];
  readonly referenties: readonly string[];
  readonly declaratieNummers: readonly string[];
  readonly referentieNummers: readonly string[];
}

/** Stored records with their owner, in the order they were stored. */
export type StoredState = {
  readonly [K in keyof StateRecords]: ReadonlyArray<StateRecords[K][number] & StateOwner>;
};

/** Where the state comes from: the gateway reads its tables in a few set-based queries per batch. */
export interface RuleStateSource {
  load(keys: readonly StateKeys[]): Promise<StoredState>;
}

export const ownerKey = (owner: StateOwner): string =>
  `${owner.standaard}|${owner.gemeente}|${owner.aanbieder}`;

function push<K, V>(map: Map<K, V[]>, key: K, value: V): void {
  const list = map.get(key);
  if (list) list.push(value);
  else map.set(key, [value]);
}

/** The state of one law, gemeente and aanbieder. */
export class OwnerState {
  /** Every version of each toewijzing, oldest first (a later 301 with the same number replaces it). */
  private readonly toewijzingVersions = new Map<number, ToewijzingRecord[]>();
  private readonly leveringenByBsn = new Map<string, LeveringRecord[]>();
  private readonly verzoekenByReferentie = new Map<string, VerzoekRecord[]>();
  private readonly verzoekenByBsn = new Map<string, VerzoekRecord[]>();
  private readonly antwoordenByReferentie = new Map<string, AntwoordRecord[]>();
  private readonly declaratiesByNummer = new Map<string, DeclaratieRecord[]>();
  private readonly prestatiesByReferentie = new Map<string, PrestatieRecord[]>();
  private readonly prestatiesByVorige = new Map<string, PrestatieRecord[]>();
  private readonly prestatiesByToewijzing = new Map<number, PrestatieRecord[]>();

  add(records: StateRecords): void {
    for (const t of records.toewijzingen) push(this.toewijzingVersions, t.toewijzingNummer, t);
    for (const l of records.leveringen) push(this.leveringenByBsn, l.bsn, l);
    for (const v of records.verzoeken) {
      push(this.verzoekenByReferentie, v.referentieAanbieder, v);
      push(this.verzoekenByBsn, v.bsn, v);
    }
    for (const a of records.antwoorden) push(this.antwoordenByReferentie, a.referentieAanbieder, a);
    for (const d of records.declaraties) push(this.declaratiesByNummer, d.declaratieNummer, d);
    for (const p of records.prestaties) {
      push(this.prestatiesByReferentie, p.referentieNummer, p);
      if (p.vorigReferentieNummer !== null) push(this.prestatiesByVorige, p.vorigReferentieNummer, p);
      push(this.prestatiesByToewijzing, p.toewijzingNummer, p);
    }
  }

  /** The toewijzing as last sent under this number. */
  toewijzing(nummer: number): ToewijzingRecord | undefined {
    return this.toewijzingVersions.get(nummer)?.at(-1);
  }

  /** The latest version of every toewijzing of a client. */
  toewijzingenOf(bsn: string): ToewijzingRecord[] {
    return [...this.toewijzingVersions.values()]
      .map((versions) => versions.at(-1)!)
      .filter((t) => t.bsn === bsn);
  }

  /** Every toewijzing version that carries this ReferentieAanbieder (a 301 honouring a request). */
  toewijzingenFor(referentie: string): ToewijzingRecord[] {
    return [...this.toewijzingVersions.values()].flat().filter((t) => t.referentieAanbieder === referentie);
  }

  /** Starts and stops received for a client, in the order received (deletions included as records). */
  leveringenOf(bsn: string): readonly LeveringRecord[] {
    return this.leveringenByBsn.get(bsn) ?? [];
  }

  verzoeken(referentie: string): readonly VerzoekRecord[] {
    return this.verzoekenByReferentie.get(referentie) ?? [];
  }

  verzoekenOf(bsn: string): readonly VerzoekRecord[] {
    return this.verzoekenByBsn.get(bsn) ?? [];
  }

  antwoorden(referentie: string): readonly AntwoordRecord[] {
    return this.antwoordenByReferentie.get(referentie) ?? [];
  }

  declaraties(nummer: string): readonly DeclaratieRecord[] {
    return this.declaratiesByNummer.get(nummer) ?? [];
  }

  prestaties(referentieNummer: string): readonly PrestatieRecord[] {
    return this.prestatiesByReferentie.get(referentieNummer) ?? [];
  }

  /** Credits that name this ReferentieNummer as their VorigReferentieNummer. */
  creditsOf(referentieNummer: string): readonly PrestatieRecord[] {
    return (this.prestatiesByVorige.get(referentieNummer) ?? []).filter((p) => p.debetCredit === 'C');
  }

  prestatiesOn(toewijzingNummer: number): readonly PrestatieRecord[] {
    return this.prestatiesByToewijzing.get(toewijzingNummer) ?? [];
  }
}

/** The state of a batch, per owner. */
export class RuleStateView {
  private readonly owners = new Map<string, OwnerState>();

  static from(stored: StoredState): RuleStateView {
    const view = new RuleStateView();
    for (const kind of Object.keys(NO_STATE) as Array<keyof StateRecords>) {
      for (const row of stored[kind]) view.of(row).add({ ...NO_STATE, [kind]: [row] });
    }
    return view;
  }

  of(owner: StateOwner): OwnerState {
    const key = ownerKey(owner);
    let state = this.owners.get(key);
    if (!state) {
      state = new OwnerState();
      this.owners.set(key, state);
    }
    return state;
  }

  /** Adds what a processed message contributes, so later messages of the batch see it. */
  apply(owner: StateOwner, records: StateRecords): void {
    this.of(owner).add(records);
  }
}

/** The keys a message needs loaded, or undefined when no cross-message rule reads state for it. */
export function stateKeys(bericht: Bericht, owner: StateOwner): StateKeys | undefined {
  const type = catalogueEntry(bericht.code)?.type;
  if (!type || !['301', '305', '307', '315', '317', '319', '323', '325'].includes(type)) return undefined;
  // A 325 adds no state, but its guards compare its prestaties with the declaration it answers.
  const records =
    type === '325' ? { ...NO_STATE, prestaties: antwoordPrestaties(bericht) } : recordsFor(bericht);
  const antwoordReferenties = records.antwoorden.map((a) => a.referentieAanbieder);
  const toewijzingReferenties = records.toewijzingen.flatMap((t) =>
    t.referentieAanbieder ? [t.referentieAanbieder] : [],
  );
  return {
    ...owner,
    bsns: unique([
      ...records.toewijzingen.map((t) => t.bsn),
      ...records.leveringen.map((l) => l.bsn),
      ...records.verzoeken.map((v) => v.bsn),
      ...records.prestaties.map((p) => p.bsn),
    ]),
    toewijzingNummers: unique([
      ...records.toewijzingen.map((t) => t.toewijzingNummer),
      ...records.leveringen.flatMap((l) => (l.toewijzingNummer === null ? [] : [l.toewijzingNummer])),
      ...records.prestaties.map((p) => p.toewijzingNummer),
      ...wijzigingNummers(bericht),
    ]),
    referenties: unique([
      ...records.verzoeken.map((v) => v.referentieAanbieder),
      ...antwoordReferenties,
      ...toewijzingReferenties,
    ]),
    declaratieNummers: records.declaraties.map((d) => d.declaratieNummer),
    referentieNummers: unique(
      records.prestaties.flatMap((p) => [
        p.referentieNummer,
        ...(p.vorigReferentieNummer ? [p.vorigReferentieNummer] : []),
      ]),
    ),
  };
}

const recordCache = new WeakMap<Bericht, StateRecords>();

/** `stateRecords` of a message, computed once per message object. */
export function recordsFor(bericht: Bericht): StateRecords {
  let records = recordCache.get(bericht);
  if (!records) {
    records = stateRecordsOf(bericht);
    recordCache.set(bericht, records);
  }
  return records;
}

/** The prestaties a declaratie-antwoord (325) repeats, as records. */
export function antwoordPrestaties(bericht: Bericht): PrestatieRecord[] {
  const antwoord = bericht.bericht.DeclaratieAntwoord as Record<string, unknown> | undefined;
  if (!antwoord) return [];
  const nummer = String(antwoord.DeclaratieNummer);
  const clients =
    (antwoord.Clienten as { Client?: Array<Record<string, unknown>> } | undefined)?.Client ?? [];
  return clients.flatMap((client) =>
    (client.Prestaties as { Prestatie: Array<Record<string, unknown>> }).Prestatie.map((p) =>
      prestatieRecord(nummer, String(client.Bsn), p),
    ),
  );
}

function wijzigingNummers(bericht: Bericht): number[] {
  const verzoek = (bericht.bericht.Client as Record<string, unknown> | undefined)?.Verzoek as
    Record<string, Record<string, Array<Record<string, unknown>>>> | undefined;
  if (!verzoek) return [];
  return [
    ...(verzoek.OngewijzigdeProducten?.OngewijzigdProduct ?? []),
    ...(verzoek.TeWijzigenProducten?.TeWijzigenProduct ?? []),
  ].map((product) => Number(product.ToewijzingNummer));
}

function unique<T>(values: readonly T[]): T[] {
  return [...new Set(values)];
}

/**
 * What a rule family derives from a message against a state (its products with what they are compared
 * with), computed once for all the rules of the family that ask.
 */
export class PerMessage<T> {
  private readonly cache = new WeakMap<Bericht, WeakMap<OwnerState, T>>();

  constructor(private readonly compute: (bericht: Bericht, state: OwnerState) => T) {}

  of(bericht: Bericht, state: OwnerState): T {
    let byState = this.cache.get(bericht);
    if (!byState) {
      byState = new WeakMap();
      this.cache.set(bericht, byState);
    }
    let value = byState.get(state);
    if (value === undefined) {
      value = this.compute(bericht, state);
      byState.set(state, value);
    }
    return value;
  }
}
