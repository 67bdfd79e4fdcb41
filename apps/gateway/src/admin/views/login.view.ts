/** The log-in form. */
import { html, type Html } from '../html.js';

export function loginView(loginToken: string, error?: string, gebruikersnaam = ''): Html {
  return html`<form method="post" action="/admin/inloggen" class="login">
    <input type="hidden" name="csrf" value="${loginToken}" />
    ${error ? html`<p class="error" role="alert" id="login-error">${error}</p>` : ''}
    <div class="field">
      <label for="gebruikersnaam">Gebruikersnaam</label>
      <input
        id="gebruikersnaam"
        name="gebruikersnaam"
        autocomplete="username"
        required
        value="${gebruikersnaam}"
        autofocus
      />
    </div>
    <div class="field">
      <label for="wachtwoord">Wachtwoord</label>
      <input id="wachtwoord" name="wachtwoord" type="password" autocomplete="current-password" required />
    </div>
    <button type="submit">Inloggen</button>
  </form>`;
}
