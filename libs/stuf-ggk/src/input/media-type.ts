/** Parses a media type such as an HTTP Content-Type header: `type/subtype; name=value; name="quoted"`. */

export interface MediaType {
  /** `type/subtype` in lower case. */
  readonly essence: string;
  /** Parameter names in lower case; values as written (unquoted). */
  readonly parameters: ReadonlyMap<string, string>;
}

const TOKEN = /^[!#$%&'*+.^_`|~0-9A-Za-z-]+$/;

export function parseMediaType(header: string): MediaType | undefined {
  const slash = header.indexOf('/');
  const semicolon = header.indexOf(';');
  const essence = (semicolon < 0 ? header : header.slice(0, semicolon)).trim().toLowerCase();
  const [type, subtype, extra] = essence.split('/');
  if (slash < 0 || extra !== undefined || !type || !subtype || !TOKEN.test(type) || !TOKEN.test(subtype)) {
    return undefined;
  }
  const parameters = new Map<string, string>();
  let rest = semicolon < 0 ? '' : header.slice(semicolon + 1);
  while (rest.trim()) {
    const match = /^\s*([^=;\s]+)\s*=\s*("(?:[^"\\]|\\.)*"|[^;]*)\s*(?:;|$)/.exec(rest);
    if (!match) return undefined;
    const name = match[1]!.toLowerCase();
    const raw = match[2]!.trim();
    if (!TOKEN.test(name)) return undefined;
    const value = raw.startsWith('"') ? raw.slice(1, -1).replace(/\\(.)/g, '$1') : raw;
    // Unquoted values should be tokens; real MTOM senders write `start=<root@host>` unquoted, so only separators are refused.
    if (!raw.startsWith('"') && !/^[^\s;"]+$/.test(value)) return undefined;
    parameters.set(name, value);
    rest = rest.slice(match[0].length);
  }
  return { essence, parameters };
}
