/**
 * The internal model of a message: the XML tree as plain data, with the standard's element names.
 * Leaves of an xs:integer type are numbers (amounts in euro cents, volumes, numbers); every other
 * leaf keeps its exact text (dates `YYYY-MM-DD`, times, codes with their leading zeros).
 * Elements that may occur more than once are arrays; absent optional elements are absent keys.
 */
import type { Standaard } from '../definition/model.js';

export type Leaf = string | number;
export interface BerichtNode {
  [element: string]: Leaf | BerichtNode | Array<Leaf | BerichtNode>;
}

/** A message in the internal model, as `convert` prints it and `build` reads it. */
export interface Bericht<T extends BerichtNode = BerichtNode> {
  readonly standaard: Standaard;
  /** e.g. `JW305`. */
  readonly code: string;
  readonly bericht: T;
}
