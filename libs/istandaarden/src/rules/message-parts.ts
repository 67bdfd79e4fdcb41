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

/** The clients of a declaration or declaratie-antwoord. */
export function declaratieClients(facts: MessageFacts): At[] {
  const body = declaratieBody(facts);
  return body ? all(body, 'Clienten/Client') : [];
}

/** Every Prestatie of a declaration or declaratie-antwoord, in document order. */
export function prestaties(facts: MessageFacts): At[] {
  return declaratieClients(facts).flatMap((client) => all(client, 'Prestaties/Prestatie'));
}

/** Where the client's Bsn is in each message type. */
export function bsns(facts: MessageFacts): At[] {
  return facts.type === '323' || facts.type === '325' ? declaratieClients(facts) : all(facts.root, 'Client');
}

export function isCredit(node: At['node'], amount: string): boolean {
  return text(node, `${amount}/DebetCredit`) === 'C';
}
