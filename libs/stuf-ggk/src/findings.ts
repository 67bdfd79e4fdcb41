/** Findings: the reasons an envelope is not acceptable, as values pinned to a place in the document. */

/** At most this many findings are reported per envelope, so a broken document cannot flood memory. */
export const MAX_FINDINGS = 50;

/**
 * What a finding is about:
 * - `INPUT`: refused before parsing (size, encoding, a DOCTYPE);
 * - `CONTENT_TYPE`: the HTTP Content-Type does not fit a SOAP request;
 * - `MIME`: a multipart/related (MTOM/XOP) body that cannot be taken apart;
 * - `XML`: not well-formed, or past a structural limit;
 * - `SOAP`: not a usable SOAP 1.1/1.2 envelope (no Body, two messages in it, a nested envelope);
 * - `OPERATION`: the Body holds no message of the OntvangAsynchroon service, or not the one the SOAP action names;
 * - `STUF`: the StUF content differs from the StUF-GGk schemas (missing stuurgegevens, a bad tijdstipBericht);
 * - `PAYLOAD`: `parameters/bericht` is not a strict base64 payload (or holds markup, or another envelope).
 */
export type EnvelopeRule =
  'INPUT' | 'CONTENT_TYPE' | 'MIME' | 'XML' | 'SOAP' | 'OPERATION' | 'STUF' | 'PAYLOAD';

/** Same shape as the findings of the iStandaarden library: `{ rule, line, column, path, message }`. */
export interface Finding {
  readonly rule: string;
  /** 1-based; 0 when the finding concerns the document (or the HTTP message) as a whole. */
  readonly line: number;
  /** 1-based; 0 when unknown. */
  readonly column: number;
  /** Element path with local names, e.g. `/Envelope/Body/envelopHeenbericht-ggk_Di01/stuurgegevens/functie`. */
  readonly path: string;
  readonly message: string;
}

export interface Place {
  readonly line?: number;
  readonly column?: number;
  readonly path?: string;
}

export function finding(rule: EnvelopeRule | 'XSD', message: string, at: Place = {}): Finding {
  return { rule, line: at.line ?? 0, column: at.column ?? 0, path: at.path ?? '', message };
}

/** Collects findings up to MAX_FINDINGS, then one line saying how many more there were. */
export class Findings {
  private readonly list: Finding[] = [];
  private dropped = 0;

  add(item: Finding): void {
    if (this.list.length < MAX_FINDINGS) this.list.push(item);
    else this.dropped++;
  }

  get count(): number {
    return this.list.length + this.dropped;
  }

  toArray(): Finding[] {
    if (this.dropped === 0) return [...this.list];
    const last = this.list[this.list.length - 1]!;
    return [
      ...this.list,
      { ...last, line: 0, column: 0, path: '', message: `${this.dropped} more findings` },
    ];
  }
}
