// Moved to the text catalogue (src/texts/de/); kept so existing imports keep working.
export { say, texts, type Register } from '../texts/de/conversation.js';
