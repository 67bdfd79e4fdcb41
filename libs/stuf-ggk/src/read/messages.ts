/** From checked element records to the typed envelope model, and best-effort stuurgegevens of refused envelopes. */
import type {
  Di01Parameters,
  Du01Parameters,
  Fout,
  GgkSysteem,
  Payload,
  ReadableStuurgegevens,
  ReplyStuurgegevens,
  Systeem,
} from '../model.js';
import type { XmlNode } from '../xml/tree.js';
import type { ReadRecord } from './rules.js';

type Value = ReadRecord[string];

function text(value: Value): string | undefined {
  return typeof value === 'string' ? value : undefined;
}

function record(value: Value): ReadRecord {
  return typeof value === 'object' && !('local' in value) ? value : {};
}

/** Only optional fields that are present, so that a model compares equal to what was built. */
function optional<K extends string>(key: K, value: Value): Partial<Record<K, string>> {
  const found = text(value);
  return found === undefined ? {} : ({ [key]: found } as Partial<Record<K, string>>);
}

export function toSysteem(value: Value): Systeem {
  const r = record(value);
  return {
    ...optional('organisatie', r.organisatie),
    applicatie: text(r.applicatie) ?? '',
    ...optional('administratie', r.administratie),
    ...optional('gebruiker', r.gebruiker),
  };
}

export function toGgkSysteem(value: Value): GgkSysteem {
  return { ...toSysteem(value), organisatie: text(record(value).organisatie) ?? '' };
}

export function toEnvelopStuurgegevens(value: Value) {
  const r = record(value);
  return {
    zender: toGgkSysteem(r.zender),
    ontvanger: toGgkSysteem(r.ontvanger),
    referentienummer: text(r.referentienummer) ?? '',
    tijdstipBericht: text(r.tijdstipBericht) ?? '',
    crossRefnummer: text(r.crossRefnummer) ?? '',
    functie: text(r.functie) ?? '',
  };
}

export function toParameters(value: Value, bericht: Payload): Di01Parameters & Du01Parameters {
  const r = record(value);
  return {
    ...optional('referentienummerBericht', r.referentienummerBericht),
    ...optional('crossRefnummerBericht', r.crossRefnummerBericht),
    applicatieVersie: text(r.applicatieVersie) ?? '',
    applicatieSubversie: text(r.applicatieSubversie) ?? '',
    functieVersie: text(r.functieVersie) ?? '',
    functieSubversie: text(r.functieSubversie) ?? '',
    bericht,
  };
}

export function toReplyStuurgegevens<C extends 'Bv03' | 'Fo01' | 'Fo03'>(
  berichtcode: C,
  value: Value,
): ReplyStuurgegevens<C> {
  const r = record(value);
  return {
    berichtcode,
    zender: toSysteem(r.zender),
    ontvanger: toSysteem(r.ontvanger),
    referentienummer: text(r.referentienummer) ?? '',
    tijdstipBericht: text(r.tijdstipBericht) ?? '',
    crossRefnummer: text(r.crossRefnummer) ?? '',
  };
}

export function toFout(value: Value, detailsXml: string | undefined): Fout {
  const r = record(value);
  return {
    code: text(r.code) ?? '',
    plek: text(r.plek) === 'server' ? 'server' : 'client',
    omschrijving: text(r.omschrijving) ?? '',
    ...optional('details', r.details),
    ...(detailsXml !== undefined && { detailsXml }),
  };
}

/** Whatever stuurgegevens can be read from a message that failed its checks, without judging them. */
export function readableStuurgegevens(message: XmlNode): ReadableStuurgegevens | undefined {
  const stuurgegevens = message.children.find((child) => child.local === 'stuurgegevens');
  if (!stuurgegevens) return undefined;
  const leaves = (node: XmlNode | undefined): Record<string, string> =>
    Object.fromEntries(
      (node?.children ?? [])
        .filter((child) => child.children.length === 0)
        .map((child) => [child.local, child.text.slice(0, 200)]),
    );
  const find = (name: string) => stuurgegevens.children.find((child) => child.local === name);
  const top = leaves(stuurgegevens);
  const pick = (...names: Array<keyof ReadableStuurgegevens>) =>
    Object.fromEntries(names.filter((name) => top[name] !== undefined).map((name) => [name, top[name]]));
  return {
    ...pick('berichtcode', 'referentienummer', 'tijdstipBericht', 'crossRefnummer', 'functie'),
    ...(find('zender') && { zender: leaves(find('zender')) }),
    ...(find('ontvanger') && { ontvanger: leaves(find('ontvanger')) }),
  };
}
