// The one vocabulary of accessibility features a seminar can offer, and whether it offers one. The
// chat's filters and ranking, the details card and the Teams tab all use these ids and this rule; the
// German names are in seminarTexts.accessibility.
import type { Seminar } from '../knowledge/schema.js';

export const ACCESSIBILITY_NEEDS = ['leichteSprache', 'dgs', 'schriftdolmetschung', 'stepFree'] as const;
export type AccessibilityNeed = (typeof ACCESSIBILITY_NEEDS)[number];

/** Whether the seminar offers this; an online seminar needs no step-free venue. */
export function offersNeed(seminar: Seminar, need: AccessibilityNeed): boolean {
  if (need === 'stepFree') return seminar.format === 'online' || seminar.location?.stepFree === true;
  return seminar.languageOffers[need];
}

/** The features a seminar offers, in the vocabulary's order. */
export function offeredNeeds(seminar: Seminar): AccessibilityNeed[] {
  return ACCESSIBILITY_NEEDS.filter((need) => offersNeed(seminar, need));
}
