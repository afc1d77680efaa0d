// The text catalogue: every sentence the chat, its cards, the form and summary show, in standard
// German (`normal`) and Leichte Sprache (`easy`). The education team edits texts here (README "Texte
// ändern"); `npm run texts:check` lints every Leichte-Sprache form and the tests fail when one is missing.
import { accessibilityNeeds } from './accessibility.js';
import { botTexts } from './cards.js';
import { texts } from './conversation.js';
import { fieldMessages, fieldWords, formTexts } from './form.js';
import { convTexts } from './lists.js';
import { regTexts } from './registration.js';
import { seminarTexts } from './seminars.js';

export { contact, setContact, DEFAULT_CONTACT } from './contact.js';
/**
 * Texts without a register, in standard German only (not linted as Leichte Sprache): the e-mail to the
 * education team (read by staff), the Teams search extension (no conversation, shared to colleagues)
 * the Teams tab and the web chat page's server-written notice (web pages without a Leichte-Sprache mode).
 */
export { teamMailTexts } from './mail.js';
export { extensionTexts } from './extension.js';
export { tabTexts } from './tab.js';
export { webPageTexts } from './web.js';

/** By area, under the names the code imports them with. */
export const catalogue = { texts, convTexts, seminarTexts, regTexts, botTexts, fieldWords, formTexts, fieldMessages, accessibilityNeeds };
