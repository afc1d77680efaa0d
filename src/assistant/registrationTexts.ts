// Moved to the text catalogue (src/texts/de/); kept so existing imports keep working.
export { regTexts } from '../texts/de/registration.js';
