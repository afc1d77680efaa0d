// Moved to the text catalogue (src/texts/de/); kept so existing imports keep working.
export * from '../texts/de/seminars.js';
