/** Where the recurring parts of the messages live: birth dates, contacts, clients and prestaties. */
import type { MessageFacts } from './in-message-rule.js';
import { all, text, type At } from './paths.js';

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
  readonly productPeriodes: readonly At[];
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
          clients: all(facts.root, clients),
          prestaties: all(facts.root, prestaties),
          productPeriodes: all(facts.root, `${prestaties}/ProductPeriode`),
        }
      : { clients: [], prestaties: [], productPeriodes: [] };
    declaratieParts.set(facts.bericht, parts);
  }
  return parts;
}

/** The ProductPeriode of every prestatie, in document order (shared: not to be changed). */
export function productPeriodes(facts: MessageFacts): readonly At[] {
  return partsOf(facts).productPeriodes;
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

/** `<amount>/DebetCredit` per amount element, written once: every prestatie asks. */
const debetCreditSteps = new Map<string, string>();

export function isCredit(node: At['node'], amount: string): boolean {
  let steps = debetCreditSteps.get(amount);
  if (steps === undefined) {
    steps = `${amount}/DebetCredit`;
    debetCreditSteps.set(amount, steps);
  }
  return text(node, steps) === 'C';
}
