/** Line starts of a document, built once, to turn line numbers into columns and offsets into lines. */
export class LineIndex {
  private starts: number[] | undefined;

  constructor(private readonly bytes: Uint8Array) {}

  private lineStarts(): number[] {
    if (!this.starts) {
      const starts = [0];
      let at = this.bytes.indexOf(0x0a);
      while (at >= 0) {
        starts.push(at + 1);
        at = this.bytes.indexOf(0x0a, at + 1);
      }
      this.starts = starts;
    }
    return this.starts;
  }

  lineText(line: number): string {
    const starts = this.lineStarts();
    const start = starts[line - 1];
    if (start === undefined) return '';
    const end = starts[line] ?? this.bytes.length;
    return Buffer.from(
      this.bytes.buffer,
      this.bytes.byteOffset + start,
      Math.min(end - start, 100_000),
    ).toString('utf8');
  }

  /** 1-based column of the start tag of `name` (any prefix) on `line`; 1 when not found, 0 for no line. */
  columnOfElement(line: number, name: string): number {
    if (line <= 0) return 0;
    const text = this.lineText(line);
    const match = name
      ? new RegExp(`<([A-Za-z_][\\w.-]*:)?${name.replace(/[.]/g, '\\.')}[\\s/>]`).exec(text)
      : null;
    return match ? match.index + 1 : 1;
  }
}
