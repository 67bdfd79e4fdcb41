/** Where the recurring parts of the messages live: birth dates, contacts, clients and prestaties. */
import type { MessageFacts } from './in-message-rule.js';
import type { BerichtNode } from '../mapping/model.js';
import { all, shared, text, type At } from './paths.js';

/** Geboortedatum groups: of the client, and in a toewijzing also of each relation. */
export function geboortedata(facts: MessageFacts): At[] {
  return [
    ...all(facts.root, 'Client/Geboortedatum'),
    ...all(facts.root, 'Client/Relaties/Relatie/Geboortedatum'),
  ];
}

/** The Naam groups that carry a NaamGebruik (toewijzing: client and relations). */
export function namen(facts: MessageFacts): At[] {
  return [...all(facts.root, 'Client/Naam'), ...all(facts.root, 'Client/Relaties/Relatie/Naam')];
}

/** Contact classes of a toewijzing: the client's contact details and each relation's contact. */
export function contacts(facts: MessageFacts): At[] {
  return [
    ...all(facts.root, 'Client/Contactgegevens/Contact'),
    ...all(facts.root, 'Client/Relaties/Relatie/Contact'),
  ];
}

/** The body element of a declaration (323) or declaratie-antwoord (325). */
export function declaratieBody(facts: MessageFacts): At | undefined {
  const name = facts.type === '323' ? 'Declaratie' : facts.type === '325' ? 'DeclaratieAntwoord' : undefined;
  return name ? all(facts.root, name)[0] : undefined;
}

/**
 * Clients and prestaties of a declaration, found once per message: a large declaration's rules walk
 * them once each, and the message is not changed while its rules run.
 */
interface DeclaratieParts {
  readonly clients: readonly At[];
  readonly prestaties: readonly At[];
  /** Read when a rule first asks. */
  prestatieFacts?: readonly PrestatieFacts[];
}

/**
 * What the per-prestatie rules read of a Prestatie, read once per message: each field is what
 * `text`, `number` or `has` gives for its steps (the comment names them), by direct property access.
 */
export interface PrestatieFacts {
  readonly at: At;
  /** ProductReferentie/ReferentieNummer */
  readonly referentieNummer: string | undefined;
  /** ProductReferentie/VorigReferentieNummer */
  readonly vorigReferentieNummer: string | undefined;
  /** has ProductReferentie/VorigReferentieNummer */
  readonly hasVorigReferentieNummer: boolean;
  /** ToewijzingNummer */
  readonly toewijzingNummer: string | undefined;
  /** ProductCategorie */
  readonly productCategorie: string | undefined;
  /** ProductCode */
  readonly productCode: string | undefined;
  /** ProductPeriode/Begindatum */
  readonly begindatum: string | undefined;
  /** ProductPeriode/Einddatum */
  readonly einddatum: string | undefined;
  /** Eenheid */
  readonly eenheid: string | undefined;
  /** number GeleverdVolume */
  readonly geleverdVolume: number | undefined;
  /** number IngediendBedrag/Bedrag */
  readonly bedrag: number | undefined;
  /** IngediendBedrag/DebetCredit */
  readonly debetCredit: string | undefined;
  /** has ProductTarief */
  readonly hasProductTarief: boolean;
}

type Value = BerichtNode[string] | undefined;

/** A step's value as `leafAt` takes it: the first of a repeated element. */
const firstOf = (value: Value) => (Array.isArray(value) ? value[0] : value);
/** The group to take the next step into, or undefined when there is none. */
function groupOf(value: Value): BerichtNode | undefined {
  const found = firstOf(value);
  return typeof found === 'object' ? found : undefined;
}
/** `text` of a value: leaves as their decimal text, groups and absent elements undefined. */
function textOf(value: Value): string | undefined {
  const found = firstOf(value);
  return found === undefined || typeof found === 'object' ? undefined : String(found);
}
function numberOf(value: Value): number | undefined {
  const found = firstOf(value);
  return found === undefined || typeof found === 'object' ? undefined : Number(found);
}

function readPrestatie(at: At): PrestatieFacts {
  const node = at.node;
  const referentie = groupOf(node.ProductReferentie);
  const periode = groupOf(node.ProductPeriode);
  const bedrag = groupOf(node.IngediendBedrag);
  return {
    at,
    referentieNummer: referentie && textOf(referentie.ReferentieNummer),
    vorigReferentieNummer: referentie && textOf(referentie.VorigReferentieNummer),
    hasVorigReferentieNummer:
      referentie !== undefined && firstOf(referentie.VorigReferentieNummer) !== undefined,
    toewijzingNummer: textOf(node.ToewijzingNummer),
    productCategorie: textOf(node.ProductCategorie),
    productCode: textOf(node.ProductCode),
    begindatum: periode && textOf(periode.Begindatum),
    einddatum: periode && textOf(periode.Einddatum),
    eenheid: textOf(node.Eenheid),
    geleverdVolume: numberOf(node.GeleverdVolume),
    bedrag: bedrag && numberOf(bedrag.Bedrag),
    debetCredit: bedrag && textOf(bedrag.DebetCredit),
    hasProductTarief: firstOf(node.ProductTarief) !== undefined,
  };
}

/** The facts of every Prestatie, in the order of `prestaties` (shared: not to be changed). */
export function prestatieFacts(facts: MessageFacts): readonly PrestatieFacts[] {
  const parts = partsOf(facts);
  parts.prestatieFacts ??= parts.prestaties.map(readPrestatie);
  return parts.prestatieFacts;
}

const declaratieParts = new WeakMap<object, DeclaratieParts>();

function partsOf(facts: MessageFacts): DeclaratieParts {
  let parts = declaratieParts.get(facts.bericht);
  if (!parts) {
    const name =
      facts.type === '323' ? 'Declaratie' : facts.type === '325' ? 'DeclaratieAntwoord' : undefined;
    // Walked from the root, so that the walks are shared with the other rules of the message.
    const clients = name ? `${name}/Clienten/Client` : undefined;
    const prestaties = `${clients}/Prestaties/Prestatie`;
    parts = clients
      ? {
          clients: shared(facts.root, clients),
          prestaties: shared(facts.root, prestaties),
        }
      : { clients: [], prestaties: [] };
    declaratieParts.set(facts.bericht, parts);
  }
  return parts;
}

/** A declared period: its Begindatum and Einddatum (`text`), and its path, written when asked for. */
export class Periode {
  constructor(
    public begindatum: string | undefined,
    public einddatum: string | undefined,
    /** The period element, or (`at` undefined) the prestatie whose only ProductPeriode it is. */
    private at: At | undefined,
    private prestatie: At | undefined,
  ) {}

  static of(at: At): Periode {
    return new Periode(text(at.node, 'Begindatum'), text(at.node, 'Einddatum'), at, undefined);
  }

  get path(): string {
    return this.at ? this.at.path : `${this.prestatie!.path}/ProductPeriode`;
  }

  /** Points this object at the ProductPeriode of `prestatie`, read from its facts. */
  readFrom(prestatie: PrestatieFacts): this {
    this.begindatum = prestatie.begindatum;
    this.einddatum = prestatie.einddatum;
    this.at = undefined;
    this.prestatie = prestatie.at;
    return this;
  }
}

/**
 * The ProductPeriode of every prestatie, in document order, from the prestatie facts (no walk kept per
 * period). One object is handed out for every period that is its prestatie's only one: read it before
 * going on.
 */
export function* productPeriodes(facts: MessageFacts): Iterable<Periode> {
  const reused = new Periode(undefined, undefined, undefined, undefined);
  for (const prestatie of prestatieFacts(facts)) {
    const periode = prestatie.at.node.ProductPeriode;
    if (Array.isArray(periode)) for (const at of all(prestatie.at, 'ProductPeriode')) yield Periode.of(at);
    else if (typeof periode === 'object') yield reused.readFrom(prestatie);
  }
}

/** The DeclaratiePeriode (of a 323), then every ProductPeriode. */
export function* declaredPeriods(facts: MessageFacts): Iterable<Periode> {
  const body = declaratieBody(facts);
  if (facts.type === '323' && body) for (const at of all(body, 'DeclaratiePeriode')) yield Periode.of(at);
  yield* productPeriodes(facts);
}

/** The clients of a declaration or declaratie-antwoord (shared: not to be changed). */
export function declaratieClients(facts: MessageFacts): readonly At[] {
  return partsOf(facts).clients;
}

/** Every Prestatie of a declaration or declaratie-antwoord, in document order (shared: not to be changed). */
export function prestaties(facts: MessageFacts): readonly At[] {
  return partsOf(facts).prestaties;
}

/** Where the client's Bsn is in each message type. */
export function bsns(facts: MessageFacts): readonly At[] {
  return facts.type === '323' || facts.type === '325' ? declaratieClients(facts) : all(facts.root, 'Client');
}
