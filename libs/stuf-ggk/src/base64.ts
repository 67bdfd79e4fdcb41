/**
 * Strict base64 (the lexical space of xs:base64Binary): only the base64 alphabet and white space, padding
 * only at the end, a multiple of four characters, and no stray bits in the last group. Node's own decoder
 * skips anything it does not understand, so it is used only after these checks.
 */

export type Base64Result =
  | { readonly ok: true; readonly bytes: Buffer }
  | { readonly ok: false; readonly message: string; readonly offset: number };

const NOT_BASE64 = /[^A-Za-z0-9+/=\t\n\r ]/;
const WHITE_SPACE = /[\t\n\r ]+/g;
/** The last character before `==` / `=` must leave no unused bits set. */
const BEFORE_TWO_PAD = /[AQgw]/;
const BEFORE_ONE_PAD = /[AEIMQUYcgkosw048]/;

export function decodeBase64Strict(text: string): Base64Result {
  const bad = NOT_BASE64.exec(text);
  if (bad) {
    const shown = JSON.stringify(bad[0]).slice(1, -1);
    return fail(`character '${shown}' at position ${bad.index + 1} is not base64`, bad.index);
  }
  const firstPad = text.indexOf('=');
  if (firstPad >= 0 && !/^[\t\n\r ]*(?:=[\t\n\r ]*)?$/.test(text.slice(firstPad + 1))) {
    return fail(`padding '=' at position ${firstPad + 1} is not at the end`, firstPad);
  }
  const compact = text.replace(WHITE_SPACE, '');
  if (compact.length % 4 !== 0) {
    return fail(
      `${compact.length} base64 characters is not a multiple of 4 (missing or extra padding)`,
      text.length,
    );
  }
  const pads = compact.endsWith('==') ? 2 : compact.endsWith('=') ? 1 : 0;
  const last = compact.charAt(compact.length - pads - 1);
  if (pads > 0 && !(pads === 2 ? BEFORE_TWO_PAD : BEFORE_ONE_PAD).test(last)) {
    return fail(
      `'${last}' before the padding leaves bits set that no byte uses (not canonical base64)`,
      firstPad,
    );
  }
  return { ok: true, bytes: Buffer.from(compact, 'base64') };
}

function fail(message: string, offset: number): Base64Result {
  return { ok: false, message, offset };
}
