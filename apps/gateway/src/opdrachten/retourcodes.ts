/**
 * The retourcodes of a retour message per class (berichtklasse): the Header and every element of the
 * body that carries RetourCodes, by path (`Client/ToegewezenProducten/ToegewezenProduct[1]`), and what
 * they say: 0200 is "no remarks", 0233 "not assessed" (because of an error elsewhere), any other code a
 * rejection.
 */
const GEEN_OPMERKINGEN = '0200';
const NIET_BEOORDEELD = '0233';

export type KlasseOordeel = 'accepted' | 'rejected' | 'not-assessed';

export function retourcodesPerKlasse(root: unknown): Record<string, string[]> {
  const found: Record<string, string[]> = {};
  const walk = (node: unknown, path: string): void => {
    if (Array.isArray(node)) {
      node.forEach((item, index) => walk(item, `${path}[${index + 1}]`));
      return;
    }
    if (typeof node !== 'object' || node === null) return;
    for (const [name, child] of Object.entries(node as Record<string, unknown>)) {
      if (name === 'RetourCodes') {
        const codes = (child as { RetourCode?: unknown }).RetourCode;
        found[path] = (Array.isArray(codes) ? codes : [codes]).map(String);
      } else walk(child, path ? `${path}/${name}` : name);
    }
  };
  walk(root, '');
  return found;
}

export function klasseOordeel(codes: readonly string[]): KlasseOordeel {
  if (codes.every((code) => code === GEEN_OPMERKINGEN)) return 'accepted';
  if (codes.every((code) => code === GEEN_OPMERKINGEN || code === NIET_BEOORDEELD)) return 'not-assessed';
  return 'rejected';
}

export function klasseOordelen(
  retourcodes: Record<string, readonly string[]>,
): Record<string, KlasseOordeel> {
  return Object.fromEntries(
    Object.entries(retourcodes).map(([klasse, codes]) => [klasse, klasseOordeel(codes)]),
  );
}

/** Accepted when no class was rejected (a retour without retourcodes says: no errors). */
export function retourStatus(retourcodes: Record<string, readonly string[]>): 'accepted' | 'rejected' {
  return Object.values(retourcodes).some((codes) => klasseOordeel(codes) === 'rejected')
    ? 'rejected'
    : 'accepted';
}
