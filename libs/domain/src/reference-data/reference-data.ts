/**
 * Reference tables from outside the messages (externe bron): gemeentecodes and productcodes per
 * productcategorie, each row valid for a period. Read from files an operator can replace (a new
 * productcode list is a data change, not a code change); parsing here is pure, reading the files is
 * the caller's job.
 *
 * File format (UTF-8, `;`-separated, `#` starts a comment, first non-comment line is the header):
 *   gemeentecodes.csv   code;naam;ingangsdatum;einddatum
 *   productcodes.csv    standaard;categorie;code;ingangsdatum;einddatum
 * Dates are `YYYY-MM-DD`; an empty einddatum is open. A productcode ending in `*` matches every code
 * with that beginning (the national lists start each code with its category). A line `# versie: …`
 * names the version of the table.
 */

export interface GemeenteRow {
  readonly code: string;
  readonly naam: string;
  readonly ingangsdatum: string;
  readonly einddatum: string | null;
}

export interface ProductcodeRow {
  readonly standaard: string;
  readonly categorie: string;
  readonly code: string;
  readonly ingangsdatum: string;
  readonly einddatum: string | null;
}

export interface ReferenceTable<Row> {
  readonly versie: string;
  readonly rows: readonly Row[];
}

export class ReferenceDataError extends Error {}

const DATE = /^\d{4}-\d{2}-\d{2}$/;

function parseTable(name: string, content: string, columns: readonly string[]): ReferenceTable<string[]> {
  let versie = 'onbekend';
  const rows: string[][] = [];
  let header: string[] | undefined;
  content.split(/\r?\n/).forEach((raw, index) => {
    const line = raw.trim();
    const version = /^#\s*versie:\s*(.+)$/i.exec(line);
    if (version) versie = version[1]!.trim();
    if (!line || line.startsWith('#')) return;
    const cells = line.split(';').map((cell) => cell.trim());
    if (!header) {
      header = cells;
      if (cells.join(';') !== columns.join(';'))
        throw new ReferenceDataError(`${name}: header must be '${columns.join(';')}', found '${line}'`);
      return;
    }
    if (cells.length !== columns.length)
      throw new ReferenceDataError(
        `${name} line ${index + 1}: ${columns.length} fields expected, found ${cells.length}`,
      );
    const [from, to] = [cells[columns.length - 2]!, cells[columns.length - 1]!];
    if (!DATE.test(from) || (to !== '' && !DATE.test(to)))
      throw new ReferenceDataError(`${name} line ${index + 1}: dates must be YYYY-MM-DD`);
    if (to !== '' && to < from)
      throw new ReferenceDataError(`${name} line ${index + 1}: einddatum before ingangsdatum`);
    rows.push(cells);
  });
  if (!header) throw new ReferenceDataError(`${name}: no header line`);
  return { versie, rows };
}

export function parseGemeentecodes(content: string, name = 'gemeentecodes.csv'): ReferenceTable<GemeenteRow> {
  const table = parseTable(name, content, ['code', 'naam', 'ingangsdatum', 'einddatum']);
  return {
    versie: table.versie,
    rows: table.rows.map(([code, naam, from, to]) => {
      if (!/^\d{4}$/.test(code!))
        throw new ReferenceDataError(`${name}: gemeentecode '${code}' is not 4 digits`);
      return { code: code!, naam: naam!, ingangsdatum: from!, einddatum: to || null };
    }),
  };
}

export function parseProductcodes(
  content: string,
  name = 'productcodes.csv',
): ReferenceTable<ProductcodeRow> {
  const table = parseTable(name, content, ['standaard', 'categorie', 'code', 'ingangsdatum', 'einddatum']);
  return {
    versie: table.versie,
    rows: table.rows.map(([standaard, categorie, code, from, to]) => {
      if (standaard !== 'ijw' && standaard !== 'iwmo')
        throw new ReferenceDataError(`${name}: standaard '${standaard}' is not ijw or iwmo`);
      return { standaard, categorie: categorie!, code: code!, ingangsdatum: from!, einddatum: to || null };
    }),
  };
}

const validOn = (row: { ingangsdatum: string; einddatum: string | null }, datum: string) =>
  row.ingangsdatum <= datum && (row.einddatum === null || datum <= row.einddatum);

/** The reference data rules read. */
export class ReferenceData {
  /** The productcode rows per standaard and category, grouped once: every prestatie of a declaration asks. */
  private productcodesByCategorie?: Map<string, Map<string, ProductcodeRow[]>>;

  constructor(
    readonly gemeenten: ReferenceTable<GemeenteRow>,
    readonly productcodes: ReferenceTable<ProductcodeRow>,
  ) {}

  /** Whether `code` is a gemeentecode on `datum`. */
  isGemeente(code: string, datum: string): boolean {
    return this.gemeenten.rows.some((row) => row.code === code && validOn(row, datum));
  }

  /** Whether the productcode list in use on `datum` has `code` under `categorie`. */
  hasProductcode(standaard: string, categorie: string, code: string, datum: string): boolean {
    return this.productcodesIn(standaard, categorie).some(
      (row) =>
        validOn(row, datum) &&
        (row.code.endsWith('*') ? code.startsWith(row.code.slice(0, -1)) : row.code === code),
    );
  }

  /** The rows of `standaard` under `categorie`. */
  private productcodesIn(standaard: string, categorie: string): readonly ProductcodeRow[] {
    if (!this.productcodesByCategorie) {
      this.productcodesByCategorie = new Map();
      for (const row of this.productcodes.rows) {
        let byCategorie = this.productcodesByCategorie.get(row.standaard);
        if (!byCategorie) this.productcodesByCategorie.set(row.standaard, (byCategorie = new Map()));
        let rows = byCategorie.get(row.categorie);
        if (!rows) byCategorie.set(row.categorie, (rows = []));
        rows.push(row);
      }
    }
    return this.productcodesByCategorie.get(standaard)?.get(categorie) ?? [];
  }
}
