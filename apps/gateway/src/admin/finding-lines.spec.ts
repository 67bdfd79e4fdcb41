import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { finding } from '../../../../libs/istandaarden/src/index.js';
import { elementLines, pinFindings } from './finding-lines.js';

const XML = `<?xml version="1.0"?>
<p:Bericht xmlns:p="urn:x">
  <p:Header><p:Dagtekening>2026-01-01</p:Dagtekening></p:Header>
  <p:Prestatie>
    <p:Code>A</p:Code>
  </p:Prestatie>
  <!-- <p:Prestatie> in a comment does not count -->
  <p:Prestatie>
    <p:Leeg/>
    <p:Code>B</p:Code>
  </p:Prestatie>
</p:Bericht>`;

describe('pinning findings to lines', () => {
  it('knows the line of every element by its path', () => {
    const lines = elementLines(XML);
    assert.equal(lines.get('/Bericht'), 2);
    assert.equal(lines.get('/Bericht/Header/Dagtekening'), 3);
    assert.equal(lines.get('/Bericht/Prestatie/Code'), 5);
    assert.equal(lines.get('/Bericht/Prestatie[2]'), 8);
    assert.equal(lines.get('/Bericht/Prestatie[2]/Code'), 10);
  });

  it('gives a rule finding the line of its element, or of the nearest ancestor when the element is missing', () => {
    const pinned = pinFindings(XML, [
      finding('TR1', 'a', { path: '/Bericht/Prestatie[2]/Code' }),
      finding('TR2', 'b', { path: '/Bericht/Prestatie[1]/Ontbreekt' }),
      finding('XSD', 'c', { line: 7, path: '/Bericht/Header' }),
      finding('TR3', 'd'),
    ]);
    assert.deepEqual(
      pinned.map((found) => found.line),
      [10, 4, 7, 0],
    );
  });
});
