/** Test data for the StUF-GGk specs: envelope inputs with sensible defaults, SOAP wrapping and MTOM packaging. */
import type { Di01Input, Du01Input, FoutInput, ReplyInput } from '../build/envelopes.js';
import { NS } from '../namespaces.js';

/** A small stand-in payload; the library never parses it. */
export const PAYLOAD = Buffer.from(
  '<?xml version="1.0" encoding="UTF-8"?><Bericht xmlns="urn:test">é</Bericht>',
  'utf8',
);

export function aDi01(
  overrides: {
    stuurgegevens?: Partial<Di01Input['stuurgegevens']>;
    parameters?: Partial<Di01Input['parameters']>;
  } = {},
): Di01Input {
  return {
    stuurgegevens: { ...STUURGEGEVENS, functie: 'JW301', ...overrides.stuurgegevens },
    parameters: { ...PARAMETERS, ...overrides.parameters },
  };
}

const STUURGEGEVENS = {
  zender: { organisatie: '0363', applicatie: 'Gateway', administratie: 'Amsterdam' },
  ontvanger: { organisatie: '12345678', applicatie: 'GGk' },
  referentienummer: '5f0f3a0e-1c2b-4d3e-8f4a-5b6c7d8e9f00',
  tijdstipBericht: '20260315103000123',
};

const PARAMETERS = {
  applicatieVersie: '0001',
  applicatieSubversie: '0000',
  functieVersie: '0003',
  functieSubversie: '0002',
  bericht: { bytes: PAYLOAD, contentType: 'application/xml' },
};

export function aDu01(
  overrides: {
    stuurgegevens?: Partial<Du01Input['stuurgegevens']>;
    parameters?: Partial<Du01Input['parameters']>;
  } = {},
): Du01Input {
  return {
    stuurgegevens: {
      ...STUURGEGEVENS,
      functie: 'JW306',
      crossRefnummer: '0e09a81f-64a0-4793-b946-d6538fb3f37e',
      ...overrides.stuurgegevens,
    },
    parameters: { ...PARAMETERS, ...overrides.parameters },
  };
}

export function aReply<C extends 'Bv03' | 'Fo01' | 'Fo03'>(
  overrides: Partial<ReplyInput<C>> = {},
): ReplyInput<C> {
  return {
    zender: { organisatie: '0363', applicatie: 'GGk' },
    ontvanger: { organisatie: '12345678', applicatie: 'Zorgsysteem' },
    referentienummer: '3c1d2b4a-5e6f-4a7b-8c9d-0e1f2a3b4c5d',
    tijdstipBericht: '20260315103001000',
    crossRefnummer: '0e09a81f-64a0-4793-b946-d6538fb3f37e',
    ...overrides,
  };
}

export function aFout<C extends 'Fo01' | 'Fo03'>(
  overrides: Partial<FoutInput<C>['body']> = {},
): FoutInput<C> {
  return {
    stuurgegevens: aReply<C>(),
    body: {
      code: 'StUF055',
      plek: 'client',
      omschrijving: 'Berichtbody is niet conform schema in sectormodel',
      ...overrides,
    },
  };
}

/** Wraps a bare StUF-GGk message (an official example, say) in a SOAP envelope; drops its XML declaration. */
export function inSoap(message: string, version: '1.1' | '1.2' = '1.1'): string {
  const ns = version === '1.1' ? NS.SOAP11 : NS.SOAP12;
  const body = message.replace(/^\uFEFF?<\?xml[^?]*\?>\s*/, '');
  return `<?xml version="1.0" encoding="UTF-8"?>\n<soap:Envelope xmlns:soap="${ns}"><soap:Body>\n${body}\n</soap:Body></soap:Envelope>\n`;
}

export const BOUNDARY = 'MIMEBoundary_4c2d9a';

/**
 * An MTOM package of a built envelope: the base64 in `GGK:bericht` moves to a binary attachment that an
 * xop:Include points at.
 */
export function asMtom(
  envelope: string,
  options: { version?: '1.1' | '1.2'; cid?: string } = {},
): { contentType: string; body: Buffer } {
  const cid = options.cid ?? 'payload-1@gateway.test';
  let attachment = Buffer.alloc(0);
  const root = envelope.replace(
    /(<GGK:bericht[^>]*>)([^<]*)(<\/GGK:bericht>)/,
    (_all, open: string, base64: string, close: string) => {
      attachment = Buffer.from(base64, 'base64');
      return `${open}<xop:Include xmlns:xop="${NS.XOP}" href="cid:${encodeURIComponent(cid)}"/>${close}`;
    },
  );
  const soapType = options.version === '1.2' ? 'application/soap+xml' : 'text/xml';
  const body = Buffer.concat([
    Buffer.from(
      `--${BOUNDARY}\r\nContent-Type: application/xop+xml; charset=UTF-8; type="${soapType}"\r\n` +
        `Content-Transfer-Encoding: 8bit\r\nContent-ID: <root@gateway.test>\r\n\r\n${root}\r\n` +
        `--${BOUNDARY}\r\nContent-Type: application/octet-stream\r\nContent-Transfer-Encoding: binary\r\n` +
        `Content-ID: <${cid}>\r\n\r\n`,
    ),
    attachment,
    Buffer.from(`\r\n--${BOUNDARY}--\r\n`),
  ]);
  const contentType =
    `multipart/related; type="application/xop+xml"; boundary="${BOUNDARY}"; ` +
    `start="<root@gateway.test>"; start-info="${soapType}"`;
  return { contentType, body };
}
