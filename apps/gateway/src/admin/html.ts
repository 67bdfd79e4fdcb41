/**
 * HTML for the admin console: a tagged template that escapes every interpolated value unless it is
 * already `Html` — so page code cannot forget to escape (XSS) — and the page frame.
 */

/** Markup that is safe to insert as is (built by `html` or `raw`). */
export class Html {
  constructor(readonly value: string) {}
  toString(): string {
    return this.value;
  }
}

type Interpolation = Html | string | number | boolean | null | undefined | readonly Interpolation[];

export function escapeHtml(text: string): string {
  return text.replace(/[&<>"'`]/g, (c) => `&#${c.charCodeAt(0)};`);
}

function render(value: Interpolation): string {
  if (value === null || value === undefined || value === false) return '';
  if (value instanceof Html) return value.value;
  if (Array.isArray(value)) return value.map((item: Interpolation) => render(item)).join('');
  return escapeHtml(String(value));
}

export function html(strings: TemplateStringsArray, ...values: Interpolation[]): Html {
  let out = strings[0]!;
  values.forEach((value, index) => {
    out += render(value) + strings[index + 1]!;
  });
  return new Html(out);
}

/** Markup produced by trusted code (never from input). */
export function raw(markup: string): Html {
  return new Html(markup);
}

export interface PageUser {
  readonly gebruikersnaam: string;
  readonly rol: string;
  readonly csrfToken: string;
}

export interface PageOptions {
  readonly title: string;
  readonly user?: PageUser;
  readonly body: Html;
  readonly flash?: string;
}

/** The page frame: skip link, navigation, the user's name and a log-out form. */
export function page({ title, user, body, flash }: PageOptions): string {
  return `<!doctype html>${
    html`<html lang="nl">
      <head>
        <meta charset="utf-8" />
        <meta name="viewport" content="width=device-width, initial-scale=1" />
        <title>${title} — iStandaarden gateway</title>
        <link rel="stylesheet" href="/admin/assets/console.css" />
        <link rel="icon" href="/admin/assets/favicon.svg" type="image/svg+xml" />
      </head>
      <body>
        <a class="skip" href="#inhoud">Naar de inhoud</a>
        <header>
          <span class="brand">iStandaarden gateway — beheer</span>
          ${
            user
              ? html`<nav aria-label="Hoofdmenu">
                    <ul>
                      <li><a href="/admin">Berichten</a></li>
                      <li><a href="/admin/dashboard">Dashboard</a></li>
                      ${user.rol === 'beheerder' ? html`<li><a href="/admin/audit">Auditlog</a></li>` : ''}
                    </ul>
                  </nav>
                  <form method="post" action="/admin/uitloggen" class="logout">
                    <input type="hidden" name="csrf" value="${user.csrfToken}" />
                    <span>${user.gebruikersnaam} (${user.rol})</span>
                    <button type="submit">Uitloggen</button>
                  </form>`
              : ''
          }
        </header>
        <main id="inhoud" tabindex="-1">
          ${flash ? html`<p class="flash" role="status">${flash}</p>` : ''}
          <h1>${title}</h1>
          ${body}
        </main>
      </body>
    </html>`.value
  }`;
}

/** A hidden CSRF field for a form. */
export function csrfField(user: PageUser): Html {
  return html`<input type="hidden" name="csrf" value="${user.csrfToken}" />`;
}
