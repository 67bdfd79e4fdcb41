/**
 * The internal model of a message: the XML tree as plain data, with the standard's element names.
 * Leaves of an xs:integer type are numbers (amounts in euro cents, volumes, numbers); every other
 * leaf keeps its exact text (dates `YYYY-MM-DD`, times, codes with their leading zeros).
 * Elements that may occur more than once are arrays; absent optional elements are absent keys.
 * The typed interfaces per message (`Berichten['JW305']`, …) are generated from the same definition.
 */
import type { Standaard } from '../definition/model.js';
import type { Berichten as IjwBerichten } from '../model/ijw.generated.js';
import type { Berichten as IwmoBerichten } from '../model/iwmo.generated.js';

export type Leaf = string | number;
export interface BerichtNode {
  [element: string]: Leaf | BerichtNode | Array<Leaf | BerichtNode>;
}

/** A message in the internal model, as `convert` prints it and `build` reads it. */
export interface Bericht {
  readonly standaard: Standaard;
  /** e.g. `JW305`. */
  readonly code: string;
  readonly bericht: BerichtNode;
}

/** Every message of both standards by its code, typed. */
export interface Berichten extends IjwBerichten, IwmoBerichten {}
export type BerichtCodeNaam = keyof Berichten;

/** The typed model of `bericht` when it is the message `code`, otherwise undefined. */
export function modelOf<C extends BerichtCodeNaam>(bericht: Bericht, code: C): Berichten[C] | undefined {
  return bericht.code === code ? (bericht.bericht as unknown as Berichten[C]) : undefined;
}
