import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { escapeHtml, html, page, raw } from './html.js';

describe('html', () => {
  it('escapes every interpolated value, including attributes and nested lists', () => {
    const hostile = `<script>alert("x")</script>' onmouseover='y'`;
    const out = html`<p title="${hostile}">${hostile}${[hostile, html`<b>${hostile}</b>`]}</p>`.value;
    assert.ok(!out.includes('<script>'));
    assert.ok(!out.includes(`"x"`));
    assert.ok(!out.includes(`'y'`));
    assert.equal(out.match(/<b>/g)?.length, 1);
    assert.equal(escapeHtml(`a&b<c>"d"'e'\`f\``), 'a&#38;b&#60;c&#62;&#34;d&#34;&#39;e&#39;&#96;f&#96;');
  });

  it('inserts trusted markup as is and leaves out null, undefined and false', () => {
    assert.equal(html`${raw('<i>x</i>')}${null}${undefined}${false}${0}`.value, '<i>x</i>0');
  });

  it('renders a page with the title escaped and the CSRF token in the log-out form', () => {
    const out = page({
      title: '<T>',
      user: { gebruikersnaam: 'a"b', rol: 'viewer', csrfToken: 'tok' },
      body: html`<p>x</p>`,
    });
    assert.match(out, /<title>&#60;T&#62; — iStandaarden gateway<\/title>/);
    assert.match(out, /name="csrf" value="tok"/);
    assert.match(out, /a&#34;b \(viewer\)/);
    assert.ok(!out.includes('/admin/audit'), 'a viewer gets no link to the audit log');
  });
});
