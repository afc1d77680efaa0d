// The web chat page's own words that the server writes into it (standard German only: the page has
// no register before a conversation starts). The browser script's short notices live in src/web/chat.js.
import { contact } from './contact.js';

export const webPageTexts = {
  /** Shown instead of the chat when the bot requires Microsoft authentication and no Direct Line secret is set. */
  chatDisabled: () =>
    `Der Web-Chat ist auf diesem Server nicht eingerichtet: Der Bot verlangt eine Anmeldung bei Microsoft (MicrosoftAppId), aber es fehlt das Direct-Line-Geheimnis (DIRECT_LINE_SECRET). Bitte wenden Sie sich an die IT. Ihre Fragen zu den Fortbildungen beantwortet das Bildungsteam per E-Mail: ${contact()}`,
};
