// The FAQ entries the bot answers with for what they are for, not for the words of a message: found by the tags the
// knowledge gives them (knowledge/faq/*.yaml), never by an id written in code. A knowledge that renames an entry keeps
// them; a knowledge without such an entry answers without it (the callers say how).
import type { Knowledge } from '../../knowledge/schema.js';
import { perKnowledge } from '../phrases.js';

/** Entries about how accessible the seminars are and how to ask for what one needs. */
const ACCESSIBILITY_TAG = 'barrierefreiheit';
/** Entries about who may take part. */
const WHO_MAY_JOIN_TAG = 'teilnahme';
/** With the accessibility tag: the entry on telling the team what one needs in a seminar ("Kann ich angeben, welche Unterstützung ich brauche?"). */
const NEED_TAG = 'bedarf';
/** The entry that says the seminars are free of charge ("Was kosten die Seminare?"). */
const FREE_TAG = 'kostenfrei';
/** With the tag of Leichte Sprache: the entry on switching the answers to it (the one on switching back has only the second). */
const SWITCH_TAG = 'umschalten';
const EASY_LANGUAGE_TAG = 'leichte sprache';
/** The entry that says what to do about a registration already sent: withdraw or change it by writing to the team. */
const SENT_ENQUIRY_TAG = 'stornieren';

/** The first entry with every tag given that answers (an open entry only admits not to know). */
function firstTagged(knowledge: Knowledge, ...tags: string[]): string | undefined {
  return knowledge.faq.find((e) => !e.open && tags.every((tag) => e.tags.includes(tag)))?.id;
}

/** The entries about accessibility (never one that only admits not to know). */
export const accessibilityFaqs = perKnowledge((knowledge: Knowledge) => new Set(knowledge.faq.filter((e) => !e.open && e.tags.includes(ACCESSIBILITY_TAG)).map((e) => e.id)));
/** The entries about who may take part. */
export const whoMayJoinFaqs = perKnowledge((knowledge: Knowledge) => new Set(knowledge.faq.filter((e) => e.tags.includes(WHO_MAY_JOIN_TAG)).map((e) => e.id)));
/** The entry on saying what one needs: the answer to a need told about the seminars that the search finds no accessibility entry for. */
export const needFaq = perKnowledge((knowledge: Knowledge) => firstTagged(knowledge, ACCESSIBILITY_TAG, NEED_TAG));
/** The entry on what the seminars cost: the answer to "no money left for training". */
export const freeOfChargeFaq = perKnowledge((knowledge: Knowledge) => firstTagged(knowledge, FREE_TAG));
/** The entry on changing or withdrawing a registration already sent. */
export const sentEnquiryFaq = perKnowledge((knowledge: Knowledge) => firstTagged(knowledge, SENT_ENQUIRY_TAG));
/** The entry on switching the bot's answers to Leichte Sprache: the answer to "Kannst du auch in Leichter Sprache antworten?". */
export const easyLanguageFaq = perKnowledge((knowledge: Knowledge) => firstTagged(knowledge, EASY_LANGUAGE_TAG, SWITCH_TAG));
