// Moved to the text catalogue (src/texts/de/); kept so existing imports keep working.
export { botTexts } from '../texts/de/cards.js';
