/** The console's style sheet, served from /admin/assets (no inline styles, so the CSP can forbid them). */
export const CONSOLE_CSS = `
:root { font-family: system-ui, sans-serif; color: #1a1a1a; background: #fff; line-height: 1.4; }
body { margin: 0; }
.skip { position: absolute; left: -999px; top: 0; background: #fff; padding: .5rem; }
.skip:focus { left: .5rem; z-index: 10; }
header { display: flex; flex-wrap: wrap; gap: 1rem; align-items: center; padding: .5rem 1rem; background: #0b3d66; color: #fff; }
header a, header .brand { color: #fff; }
header nav ul { display: flex; gap: 1rem; list-style: none; margin: 0; padding: 0; }
header .logout { margin-left: auto; display: flex; gap: .5rem; align-items: center; }
main { padding: 1rem; max-width: 90rem; }
a:focus, button:focus, input:focus, select:focus, textarea:focus, [tabindex]:focus { outline: 3px solid #f5a623; outline-offset: 2px; }
.filters fieldset { display: grid; grid-template-columns: repeat(auto-fill, minmax(14rem, 1fr)); gap: .5rem 1rem; }
.field { display: flex; flex-direction: column; }
.field label { font-weight: 600; }
.error { color: #a30000; }
[aria-invalid="true"] { border: 2px solid #a30000; }
table { border-collapse: collapse; margin: .5rem 0 1rem; }
th, td { border: 1px solid #ccc; padding: .2rem .5rem; text-align: left; vertical-align: top; }
caption { text-align: left; font-weight: 600; padding: .25rem 0; }
tr.status-rejected td:nth-child(4), dd.status-rejected { color: #a30000; font-weight: 600; }
tr.status-accepted td:nth-child(4), dd.status-accepted { color: #1b5e20; font-weight: 600; }
.xml-scroll, .table-scroll { overflow: auto; max-height: 40rem; border: 1px solid #ccc; }
table.xml { margin: 0; font-size: .85rem; }
table.xml tbody th { color: #555; text-align: right; user-select: none; }
table.xml td { border: 0; white-space: pre; }
table.xml code { font-family: ui-monospace, monospace; }
tr.has-finding th, tr.has-finding td { background: #fdecea; }
tr:target th, tr:target td { background: #fff3c4; }
.finding { border-left: 4px solid #a30000; background: #fff7f6; padding: .25rem .75rem; margin: .25rem 0; white-space: normal; }
.finding p { margin: .2rem 0; }
.explanation { font-style: italic; }
.revealed { background: #fff3c4; padding: .25rem .5rem; }
.flash { background: #e8f5e9; padding: .5rem; border-left: 4px solid #2e7d32; }
.actions form { display: inline-block; margin: 0 1rem .5rem 0; vertical-align: top; }
.actions .handled { display: flex; flex-direction: column; max-width: 30rem; }
form.inline { display: inline; }
.chart { max-width: 48rem; width: 100%; height: auto; border: 1px solid #eee; }
.legend { margin-right: .75rem; }
.timeline { padding-left: 1.25rem; }
.login { max-width: 22rem; display: flex; flex-direction: column; gap: .75rem; }
button { padding: .3rem .8rem; }
`;

/** A plain icon, so browsers do not ask for a missing /favicon.ico. */
export const FAVICON_SVG =
  '<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 16 16"><rect width="16" height="16" rx="3" fill="#0b3d66"/><path d="M4 4h8v2H4zm0 3h8v2H4zm0 3h5v2H4z" fill="#fff"/></svg>';
