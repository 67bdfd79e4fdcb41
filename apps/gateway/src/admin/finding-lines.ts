/**
 * Pins findings to lines: schema findings carry their line, rule findings only an element path
 * (`/Bericht/Client/Prestaties/Prestatie[2]/ProductCode`). This finds the line where that element
 * starts — or, for an element that is missing, where its nearest existing ancestor starts.
 */
import type { Finding } from '../../../../libs/istandaarden/src/index.js';

const TAG = /<(\/?)([\w.-]+:)?([\w.-]+)[^>]*?(\/?)>|<!--[\s\S]*?-->|<\?[\s\S]*?\?>|<!\[CDATA\[[\s\S]*?\]\]>/g;

function normalise(path: string): string {
  return path.replace(/\[1\]/g, '');
}

/** The 1-based line of every element, by its path (`[n]` only for the second and later same-named siblings). */
export function elementLines(xml: string): Map<string, number> {
  const lines = new Map<string, number>();
  const stack: Array<{ path: string; seen: Map<string, number> }> = [{ path: '', seen: new Map() }];
  let line = 1;
  let offset = 0;
  for (const match of xml.matchAll(TAG)) {
    for (let i = offset; i < match.index; i++) if (xml.charCodeAt(i) === 10) line++;
    offset = match.index;
    const [, closing, , name, selfClosing] = match;
    if (!name) continue;
    if (closing) {
      if (stack.length > 1) stack.pop();
      continue;
    }
    const parent = stack.at(-1)!;
    const n = (parent.seen.get(name) ?? 0) + 1;
    parent.seen.set(name, n);
    const path = `${parent.path}/${name}${n > 1 ? `[${n}]` : ''}`;
    if (!lines.has(path)) lines.set(path, line);
    if (!selfClosing) stack.push({ path, seen: new Map() });
  }
  return lines;
}

/** The findings with a line for each one that has a path but no line. */
export function pinFindings(xml: string, findings: readonly Finding[]): Finding[] {
  if (findings.every((found) => found.line > 0 || !found.path)) return [...findings];
  const lines = elementLines(xml);
  return findings.map((found) => {
    if (found.line > 0 || !found.path) return found;
    const steps = normalise(found.path).split('/');
    for (let length = steps.length; length > 1; length--) {
      const line = lines.get(steps.slice(0, length).join('/'));
      if (line) return { ...found, line };
    }
    return found;
  });
}
