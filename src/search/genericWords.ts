// Words of officialese that name no thing of their own. A compound of one of them with words the
// knowledge uses is about those words: "Teilnahmegebührenregelung" asks about the fees,
// "Anmeldebestätigungsverfahren" about the confirmation, "Sammelanmeldung" about registering.
// The search splits such compounds with them; the off-topic check counts them as known.
export const GENERIC_WORDS =
  'Regelung Regelungen Verfahren Modalitäten Vorgehen Vorlage Ausstellung Sammel Beantragung Handhabung Gewährung Möglichkeit Möglichkeiten Wunsch Wünsche Bedarf Idee Ideen Reihe Reihen Maßnahme Maßnahmen Berechtigung Thematik Angelegenheit Angelegenheiten Vorkehrung Vorkehrungen Akquise Abwicklung Übernahme Hinweise Bedingungen Verarbeitung Erklärung';
