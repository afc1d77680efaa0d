// One vocabulary for accessibility needs: what a seminar offers (catalogue, filters, cards) and what a
// person asks for in an enquiry use the same names here. The enquiry's stored values ("barrierefreier-
// zugang") stay as they are; `enquiryNeed` maps them to this vocabulary.

import type { AccessibilityNeed } from '../../catalogue/accessibility.js';

export type { AccessibilityNeed } from '../../catalogue/accessibility.js';
/** What an enquiry can ask for: every seminar offer and personal assistance. */
export type SupportNeed = AccessibilityNeed | 'assistenz';

interface NeedWords {
  /** The need as a name: form choices, details card, tab. */
  name: { normal: string; easy: string };
  /** After "in the seminar …": "mit Gebärdensprachdolmetschung". */
  offer: string;
  /** One Leichte-Sprache sentence: "Es gibt Gebärden-Sprache." */
  offerEasy: string;
  /** In "den Wunsch nach …". */
  wish: string;
  /** After "Ich habe nicht geachtet auf:". */
  wishEasy: string;
}

export const accessibilityNeeds: Record<SupportNeed, NeedWords> = {
  leichteSprache: {
    name: { normal: 'Leichte Sprache', easy: 'Leichte Sprache' },
    offer: 'in Leichter Sprache',
    offerEasy: 'Der Kurs ist in Leichter Sprache.',
    wish: 'Leichte Sprache',
    wishEasy: 'Leichte Sprache',
  },
  dgs: {
    name: { normal: 'Gebärdensprachdolmetschung (DGS)', easy: 'Gebärden-Sprache' },
    offer: 'mit Gebärdensprachdolmetschung',
    offerEasy: 'Es gibt Gebärden-Sprache.',
    wish: 'Gebärdensprache',
    wishEasy: 'Gebärden-Sprache',
  },
  schriftdolmetschung: {
    name: { normal: 'Schriftdolmetschung', easy: 'Schrift-Dolmetschen. Das heißt: Jemand schreibt alles auf. Sie können mit-lesen.' },
    offer: 'mit Schriftdolmetschung',
    offerEasy: 'Es gibt eine Schrift-Dolmetschung.',
    wish: 'Schriftdolmetschung',
    wishEasy: 'Schrift-Dolmetschen',
  },
  stepFree: {
    name: { normal: 'Barrierefreier Zugang', easy: 'Zugang ohne Stufen' },
    offer: 'stufenlos erreichbar',
    offerEasy: 'Der Ort hat keine Stufen.',
    wish: 'stufenlosen Zugang',
    wishEasy: 'einen Ort ohne Stufen',
  },
  assistenz: {
    name: { normal: 'Assistenz', easy: 'Assistenz: Eine Person hilft mir beim Kurs' },
    offer: 'mit Assistenz',
    offerEasy: 'Eine Person kann Ihnen beim Kurs helfen.',
    wish: 'Assistenz',
    wishEasy: 'Assistenz',
  },
};

/** The enquiry form's stored choice values, in the order the form lists them. */
export const enquiryNeed = {
  'leichte-sprache': 'leichteSprache',
  dgs: 'dgs',
  schriftdolmetschung: 'schriftdolmetschung',
  'barrierefreier-zugang': 'stepFree',
  assistenz: 'assistenz',
} as const satisfies Record<string, SupportNeed>;
