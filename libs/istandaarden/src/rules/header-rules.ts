/** The Header rules every inbound message passes before anything else: identification, date, gemeente. */
import { finding } from '../findings.js';
import type { BerichtNode } from '../mapping/model.js';
import type { Rule } from './rule.js';

const ALL = ['301', '305', '307', '315', '317', '319', '323', '325'];

function header(bericht: { bericht: BerichtNode }): Record<string, unknown> {
  return bericht.bericht.Header as Record<string, unknown>;
}

function identificatie(bericht: { bericht: BerichtNode }): { identificatie: string; dagtekening: string } {
  const id = header(bericht).BerichtIdentificatie as { Identificatie: string; Dagtekening: string };
  return { identificatie: id.Identificatie, dagtekening: id.Dagtekening };
}

export const TR056: Rule = {
  id: 'TR056',
  retourcode: '9056',
  level: 'berichtoverstijgend',
  appliesTo: ALL,
  klasse: 'Header',
  explanation: 'A sender may use a BerichtIdentificatie (Identificatie with Dagtekening) only once.',
  async check(bericht, context) {
    const afzender = String(header(bericht).Afzender);
    const { identificatie: id, dagtekening } = identificatie(bericht);
    if (!(await context.state.berichtIdentificatieBestaat(afzender, id, dagtekening))) return [];
    return [
      {
        ...finding('TR056', `sender ${afzender} already sent a message identified ${id} of ${dagtekening}`, {
          path: '/Bericht/Header/BerichtIdentificatie',
        }),
        retourcode: '9056',
      },
    ];
  },
};

export const TR135: Rule = {
  id: 'TR135',
  retourcode: '8848',
  level: 'externe bron',
  appliesTo: ALL,
  klasse: 'Header',
  explanation: 'The Dagtekening of a message may not lie after the date it is received.',
  async check(bericht, context) {
    const { dagtekening } = identificatie(bericht);
    if (dagtekening <= context.today) return [];
    return [
      {
        ...finding('TR135', `Dagtekening ${dagtekening} lies after today (${context.today})`, {
          path: '/Bericht/Header/BerichtIdentificatie/Dagtekening',
        }),
        retourcode: '8848',
      },
    ];
  },
};

export const TR378: Rule = {
  id: 'TR378',
  retourcode: 'S300',
  level: 'externe bron',
  appliesTo: ALL,
  klasse: 'Header',
  explanation:
    'The gemeente a message is addressed to must be a valid gemeentecode that this gateway serves.',
  async check(bericht, context) {
    const ontvanger = String(header(bericht).Ontvanger);
    const { dagtekening } = identificatie(bericht);
    const known = context.isGemeentecode?.(ontvanger, dagtekening) ?? true;
    if (known && context.gemeenten.has(ontvanger)) return [];
    const reason = known ? 'is not served by this gateway' : `is not a gemeentecode on ${dagtekening}`;
    return [
      {
        ...finding('TR378', `gemeente ${ontvanger} ${reason}`, {
          path: '/Bericht/Header/Ontvanger',
        }),
        retourcode: 'S300',
      },
    ];
  },
};
