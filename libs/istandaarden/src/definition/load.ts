/** Loads the definition files shipped with the library. */
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import type { Standaard, StandaardDef } from './model.js';
import { parseDefinition } from './parse-definition.js';

export const STANDAARDEN: readonly Standaard[] = ['ijw', 'iwmo'];

/** Folder holding `ijw-3.2.istd` and `iwmo-3.2.istd` (copied next to the build output by `npm run build`). */
export const DEFINITIONS_DIR = fileURLToPath(new URL('../../definitions/', import.meta.url));

export function definitionFileName(standaard: Standaard, release = '3.2'): string {
  return `${standaard}-${release}.istd`;
}

const cache = new Map<string, StandaardDef>();

export function loadDefinition(standaard: Standaard, release = '3.2', dir = DEFINITIONS_DIR): StandaardDef {
  const key = `${dir}|${standaard}|${release}`;
  let definition = cache.get(key);
  if (!definition) {
    const name = definitionFileName(standaard, release);
    definition = parseDefinition(readFileSync(`${dir}/${name}`, 'utf8'), name);
    cache.set(key, definition);
  }
  return definition;
}
