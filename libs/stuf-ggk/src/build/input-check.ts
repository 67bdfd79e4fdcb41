/**
 * Builders check their input against the same facets the parser applies, so that what they write is
 * schema-valid. Input is built by our own code, so a violation is a programming error: a RangeError.
 */
import { SaxesParser } from 'saxes';
import type { Systeem } from '../model.js';
import { FACETS } from '../read/envelope-rules.js';
import { facetViolation, type TextFacet } from '../read/rules.js';

/** StUF-GGk 2.1.04 §2.7: a bestandsnaam (for non-XML payloads) uses only these characters. */
export const BESTANDSNAAM = /^[0-9A-Za-z._-]{1,255}$/;

export class InputCheck {
  private readonly problems: string[] = [];

  constructor(private readonly builder: string) {}

  value(path: string, value: string | undefined, facet: TextFacet, required = true): this {
    if (value === undefined) {
      if (required) this.problems.push(`${path} is required`);
      return this;
    }
    if (typeof value !== 'string') {
      this.problems.push(`${path} must be a string`);
      return this;
    }
    const violation = facetViolation(value, facet);
    if (violation) this.problems.push(`${path} '${value.slice(0, 60)}' ${violation}`);
    return this;
  }

  systeem(path: string, systeem: Systeem | undefined, organisatieRequired: boolean): this {
    if (!systeem) return this.fail(`${path} is required`);
    return this.value(`${path}.organisatie`, systeem.organisatie, FACETS.organisatie, organisatieRequired)
      .value(`${path}.applicatie`, systeem.applicatie, FACETS.applicatie)
      .value(`${path}.administratie`, systeem.administratie, FACETS.administratie, false)
      .value(`${path}.gebruiker`, systeem.gebruiker, FACETS.gebruiker, false);
  }

  /** Markup for detailsXML must be a well-formed fragment without a DOCTYPE. */
  fragment(path: string, xml: string | undefined): this {
    if (xml === undefined) return this;
    const parser = new SaxesParser({ xmlns: true, fragment: true });
    let problem: string | undefined;
    parser.on('error', (error) => {
      problem ??= error.message;
    });
    parser.on('doctype', () => {
      problem ??= 'a DOCTYPE is not allowed';
    });
    parser.write(xml).close();
    if (problem) this.problems.push(`${path} is not a well-formed XML fragment: ${problem}`);
    return this;
  }

  fail(problem: string): this {
    this.problems.push(problem);
    return this;
  }

  /** Throws a RangeError listing every problem found, if any. */
  done(): void {
    if (this.problems.length) throw new RangeError(`${this.builder}: ${this.problems.join('; ')}`);
  }
}
