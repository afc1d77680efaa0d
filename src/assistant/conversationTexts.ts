// Moved to the text catalogue (src/texts/de/); kept so existing imports keep working.
export { convTexts } from '../texts/de/lists.js';
