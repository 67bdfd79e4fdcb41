/** At most this many findings are reported per document, so a broken large file cannot flood memory. */
export const MAX_FINDINGS = 100;

/** A finding: one reason a message is not acceptable, pinned to a place in the document. */
export interface Finding {
  /** `XSD`, `XML` (not well-formed), `INPUT` (refused before parsing), `BERICHT` (not an iStandaarden message), or a rule id such as `TR056`. */
  readonly rule: string;
  /** 1-based; 0 when the finding concerns the document as a whole. */
  readonly line: number;
  /** 1-based; 0 when unknown. */
  readonly column: number;
  /** Element path with local names, e.g. `/Bericht/Client/StartProducten/StartProduct[2]/Begindatum`. */
  readonly path: string;
  readonly message: string;
  /** The retourcode (WJ001) this finding leads to, where the standard gives one. */
  readonly retourcode?: string;
}

export function finding(
  rule: string,
  message: string,
  at: Partial<Pick<Finding, 'line' | 'column' | 'path'>> = {},
): Finding {
  return { rule, line: at.line ?? 0, column: at.column ?? 0, path: at.path ?? '', message };
}
