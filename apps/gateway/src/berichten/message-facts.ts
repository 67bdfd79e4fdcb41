/** What processing reads off a message besides its model: its Header facts, and the standard's system date. */
import { detect, type Bericht } from '../../../../libs/istandaarden/src/index.js';
import type { ClaimedMessage, HeaderFacts } from './message.repository.js';

/**
 * The Header facts of a message: from its model when it was valid, otherwise as far as its first bytes
 * tell. A gemeentecode has four digits and an AGB code eight: which of Afzender and Ontvanger is the
 * gemeente depends on the message (a retour copies the Header of what it answers).
 */
export function headerFacts(record: Pick<ClaimedMessage, 'body'>, bericht?: Bericht): HeaderFacts {
  let facts: Omit<HeaderFacts, 'gemeente' | 'aanbieder'>;
  if (bericht) {
    const header = bericht.bericht.Header as Record<string, unknown>;
    const id = header.BerichtIdentificatie as Record<string, string>;
    facts = {
      berichtcode: String(header.BerichtCode),
      afzender: String(header.Afzender),
      ontvanger: String(header.Ontvanger),
      identificatie: id.Identificatie ?? null,
      dagtekening: id.Dagtekening ?? null,
    };
  } else {
    const head = detect(record.body);
    facts = head.ok
      ? {
          berichtcode: head.berichtCode ?? null,
          afzender: head.afzender ?? null,
          ontvanger: head.ontvanger ?? null,
          identificatie: head.identificatie ?? null,
          dagtekening: head.dagtekening ?? null,
        }
      : { berichtcode: null, afzender: null, ontvanger: null, identificatie: null, dagtekening: null };
  }
  const gemeenteFirst = /^\d{4}$/.test(facts.afzender ?? '');
  return {
    ...facts,
    gemeente: gemeenteFirst ? facts.afzender : facts.ontvanger,
    aanbieder: gemeenteFirst ? facts.ontvanger : facts.afzender,
  };
}

const DUTCH_DATE = new Intl.DateTimeFormat('en-CA', {
  timeZone: 'Europe/Amsterdam',
  year: 'numeric',
  month: '2-digit',
  day: '2-digit',
});

let lastDate: { readonly minute: number; readonly date: string } | undefined;

/** The standard's "system date": today in the Netherlands, `YYYY-MM-DD`. */
export function todayInTheNetherlands(now = new Date()): string {
  // Amsterdam is a whole number of hours off UTC, so its date is the same throughout a UTC minute.
  const minute = Math.floor(now.getTime() / 60_000);
  if (lastDate?.minute !== minute) lastDate = { minute, date: DUTCH_DATE.format(now) };
  return lastDate.date;
}
