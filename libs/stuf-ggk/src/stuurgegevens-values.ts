/** Values for stuurgegevens: UUID referentienummers, StUF tijdstippen, and which envelope carries which message. */
import { randomUUID } from 'node:crypto';

/** A new referentienummer: a UUID version 4, as the ISD chain requires (IB009, CC04). */
export function newReferentienummer(): string {
  return randomUUID();
}

const UUID_V4 = /^[0-9a-f]{8}-[0-9a-f]{4}-4[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/;

/** Whether a referentienummer has the UUID v4 form the GGk and VECOZO check (IB009, CC04). */
export function isUuidV4(value: string): boolean {
  return UUID_V4.test(value);
}

/** One formatter per time zone: making an Intl.DateTimeFormat costs far more than using it (every Bv03 needs one). */
const FORMATTERS = new Map<string, Intl.DateTimeFormat>();

function formatterFor(timeZone: string): Intl.DateTimeFormat {
  let formatter = FORMATTERS.get(timeZone);
  if (!formatter) {
    formatter = new Intl.DateTimeFormat('en-GB', {
      timeZone,
      year: 'numeric',
      month: '2-digit',
      day: '2-digit',
      hour: '2-digit',
      minute: '2-digit',
      second: '2-digit',
      hourCycle: 'h23',
    });
    FORMATTERS.set(timeZone, formatter);
  }
  return formatter;
}

/** The last second formatted per time zone: every envelope asks for the time, many within one second. */
const LAST_SECOND = new Map<string, { readonly second: number; readonly text: string }>();

/** StUF `Tijdstip` `YYYYMMDDhhmmssmmm` of a moment, in Dutch local time by default. */
export function formatTijdstip(moment: Date, timeZone = 'Europe/Amsterdam'): string {
  const time = moment.getTime();
  const second = Math.floor(time / 1000);
  let last = LAST_SECOND.get(timeZone);
  if (last?.second !== second) {
    const parts = formatterFor(timeZone).formatToParts(moment);
    const part = (type: Intl.DateTimeFormatPartTypes) => parts.find((p) => p.type === type)?.value ?? '00';
    last = {
      second,
      text: `${part('year')}${part('month')}${part('day')}${part('hour')}${part('minute')}${part('second')}`,
    };
    LAST_SECOND.set(timeZone, last);
  }
  return `${last.text}${String(time - second * 1000).padStart(3, '0')}`;
}

/**
 * Which StUF-GGk envelope carries an iStandaarden message: retour messages (302, 306, 308, 316, 318,
 * 320, 325) travel as Du01 answering the Di01 of the message they answer; the others as Di01.
 */
export function envelopeFor(functie: string): 'Di01' | 'Du01' | undefined {
  const match = /^(JW|WMO)(\d{3})$/.exec(functie);
  if (!match) return undefined;
  if (RETOUR_NUMBERS.has(match[2]!)) return 'Du01';
  return HEEN_NUMBERS.has(match[2]!) ? 'Di01' : undefined;
}

const HEEN_NUMBERS = new Set(['301', '305', '307', '315', '317', '319', '323']);
const RETOUR_NUMBERS = new Set(['302', '306', '308', '316', '318', '320', '325']);
