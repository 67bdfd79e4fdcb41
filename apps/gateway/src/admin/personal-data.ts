/**
 * Masking of personal data in a message's XML for display: the text of BSN, birth date, name,
 * address, telephone and e-mail elements (and everything inside them) is replaced, keeping line
 * breaks so line numbers stay true. Retourcodes inside those elements stay visible.
 */

/** Elements whose text (including their descendants') is personal data. */
export const PERSONAL_ELEMENTS: ReadonlySet<string> = new Set([
  'Bsn',
  'Geboortedatum',
  'Naam',
  'Geslachtsnaam',
  'Partnernaam',
  'Voornamen',
  'Voorletters',
  'Adres',
  'Telefoon',
  'Telefoon01',
  'Telefoon02',
  'Emailadres',
]);

const KEEP_VISIBLE: ReadonlySet<string> = new Set(['RetourCodes', 'RetourCode']);

export const MASK = '••••';

const TOKEN = /<!--[\s\S]*?-->|<\?[\s\S]*?\?>|<!\[CDATA\[[\s\S]*?\]\]>|<[^>]*>|[^<]+/g;

function localName(tag: string): string {
  const name = /^<\/?\s*([^\s/>]+)/.exec(tag)?.[1] ?? '';
  return name.slice(name.indexOf(':') + 1);
}

/** The XML with personal text replaced by a mask (one per text node, line breaks kept). */
export function maskPersonalData(xml: string): string {
  const stack: string[] = [];
  let personalDepth = 0;
  let keepDepth = 0;
  let out = '';
  for (const [token] of xml.matchAll(TOKEN)) {
    if (token.startsWith('<') && !token.startsWith('<!') && !token.startsWith('<?')) {
      const name = localName(token);
      if (token.startsWith('</')) {
        stack.pop();
        if (PERSONAL_ELEMENTS.has(name)) personalDepth--;
        if (KEEP_VISIBLE.has(name)) keepDepth--;
      } else if (!token.endsWith('/>')) {
        stack.push(name);
        if (PERSONAL_ELEMENTS.has(name)) personalDepth++;
        if (KEEP_VISIBLE.has(name)) keepDepth++;
      }
      out += token;
    } else if (personalDepth > 0 && keepDepth === 0 && token.trim() !== '') {
      out += token.replace(/[^\r\n]+/g, (part) => (part.trim() ? MASK : part));
    } else {
      out += token;
    }
  }
  return out;
}

/** A finding's message with quoted values removed when it points into personal data. */
export function maskFindingMessage(message: string, path: string | undefined): string {
  const touchesPersonal = (path ?? '')
    .split('/')
    .some((step) => PERSONAL_ELEMENTS.has(step.replace(/\[\d+\]$/, '')));
  if (!touchesPersonal) return message.replace(/\b\d{9}\b/g, MASK);
  return message.replace(/'[^']*'/g, `'${MASK}'`).replace(/\b\d{9}\b/g, MASK);
}
