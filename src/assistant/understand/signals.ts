// What kind of message it is, read from its folded form: a question about the programme, a request
// for seminars, a request for training for a role, feedback, wanting a person. Each is a plain
// predicate over the one reading of the message, so the decision table can combine them.

/** "Sind…", "Muss ich…", "Kann man…", "Gibt es Kosten…", "Gibt es bei den Seminaren…", "Wer…", "Wie lange…": a question about how the programme works. */
const PROGRAMME_QUESTION =
  /^(?:ob|are (?:the|they|there any costs)|is (?:it|the|this|that|there a (?:fee|cost|charge|certificate))|do (?:i|we|you|they)|does|can (?:i|we|people|anyone|volunteers)|may (?:i|we)|must (?:i|we)|how much|who can|sind|ist|besteht|bestehen|muss|muessen|musst|kann|kan|koennen|darf|duerfen|worauf|wozu|inwiefern|wieviel|gibt es (?:kosten|eine?n? |gebuehr|zuschuss|ein |bei (?:den|dem|der|euren|eurem|eurer|ihren|ihrem|ihrer) )|wer|warum|wieso|weshalb|wie|was (?:kostet|kosten|bringt|bringen|nuetzt|nutzt|hilft|passiert|muss|brauche|bedeutet|heisst|mache|tue|ist (?:der|die|das|ein|eine|mit)|sind (?:die|eigentlich))|werden|wird|bekomme|bekommt|brauche|braucht|lohnt|gilt|gelten|zahlt|bezahlt|uebernimmt|erstattet|stellt|stellen|erhalte|erhalten|erhaelt|fallen|faellt|entstehen|entsteht|erfolgt|erfolgen|bis wann|ab wann|wann (?:bekomme|bekommt|bekommen|kriege|krieg|kriegt|kriegen|erhalte|erhaelt|erhalten) (?:ich|man|wir)|wo (?:kann|finde|melde|bekomme|steht|muss)|woher|habe ich|hab ich|soll|sollte|kriege|krieg|krieg ich|kostet|kosten|geht (?:das|es)|klappt (?:das|es)|reicht (?:es|das))\b/;

/** Heads that make a training word no course: "Fortbildungsbescheinigung", "Weiterbildungskosten", "Schulungsurlaub". */
const NOT_A_COURSE_HEAD = String.raw`(?!s?(?:bescheinigung|nachweis|zertifikat|kosten|budget|urlaub))`;
/** "Fortbildung", "Schulungen", "Weiterbildungsangebot" — but no certificate or cost of one. */
const TRAINING_WORD = String.raw`(?:fortbildung|schulung|weiterbildung)${NOT_A_COURSE_HEAD}\w*`;

/** A format of training named by its kind ("Qualifizierungsbausteine", "Onlineformate", "Halbtagesformate", "Veranstaltungsreihe"); not "Dateiformate". */
const TRAINING_FORMAT = String.raw`(?:qualifizierung|weiterbildung|fortbildung|schulung|seminar|workshop|lern|online|praesenz|hybrid|kurz|halbtag|ganztag|tag|abend|veranstaltung)e?s?(?:modul|module|modulen|format|formate|formaten|baustein|bausteine|bausteinen|reihe|reihen|einheit|einheiten)`;

/**
 * Nouns for what the seminar look-up finds ("Seminarunterlagen", "Seminarraum", "Seminarinhalte" are parts of a seminar, not seminars;
 * a "Fortbildungsbescheinigung" or "Weiterbildungskosten" is no seminar either: NOT_A_COURSE_HEAD, which TRAINING_REQUEST shares).
 */
const SEMINAR_NOUN = new RegExp(String.raw`\b(?:courses?|events?|seminar(?!(?:unterlag|raeum|raum|inhalt|leit|gebuehr|kosten|ort|zeit|dauer|anmeld|plaetz|platz|beschreib|titel|material|folie)\w*)\w*|(?:workshop|fortbildung|weiterbildung|schulung)${NOT_A_COURSE_HEAD}\w*|webinar\w*|kurs|kurse|kursen|lehrg\w*|trainings?|veranstaltung|veranstaltungen|termine|onlinekurs\w*|praesenzkurs\w*|onlineseminar\w*|praesenzseminar\w*|angebot|angebote|${TRAINING_FORMAT})\b`);

/**
 * Asking for a list: "Welche … gibt es", "Was für Workshops gibt es …", "Gibt es Seminare zu …", "Zeig mir …", "Ich suche …", "eine
 * Übersicht der Online-Seminare" ("Welche Formate / Themen …" asks about the programme; "der Überblick, was eure Fortbildungen
 * kosten" asks the costs).
 */
const SEEKING =
  /\bwelche\b(?! (?:\w+ )?(?:formate?|themen\w*|thema|schwerpunkte?|inhalte?|kosten|daten|informationen|infos?|angaben|unterlagen|voraussetzungen|kenntnisse|vorteile|regeln|fragen|moeglichkeiten|ergebnisse|erfahrungen|kriterien|aufgaben|ziele|bedingungen|dokumente|nachweise|verpflichtungen|pflichten|rechte|fristen|unterschiede|nachteile|schritte|regelungen|regeln|gruende|folgen|kriterien)\b)|\bgibt e?s (?:(?:bei (?:ihnen|euch|dir)|von (?:ihnen|euch)|da|denn|eigentlich|vielleicht|irgendwo|zufaellig|momentan|aktuell|derzeit) )*(?:\w+ )?(?:seminar|workshop|fortbildung|weiterbildung|schulung|webinar|kurs|angebot|training|qualifizierung|was|etwas|noch|auch|termine|veranstaltung)|\bgibt e?s (?:(?:bei (?:ihnen|euch|dir)|von (?:ihnen|euch)) )?(?:(?!(?:fuer|zu|zum|zur|ueber|bei|beim|in|im|mit|nach|von|vom|auf|an|am|ohne|als)\b)\w+ ){1,4}(?:seminar|workshop|fortbildung|weiterbildung|schulung|webinar|kurs|veranstaltung|angebot|termin)|\bgibt ?e?s (?:im|in|am|ab|bis|zwischen) (?:\w+ ){1,3}(?:seminar|workshop|fortbildung|weiterbildung|schulung|webinar|kurs|veranstaltung|angebot)|\bgibts (?:\w+ )?(?:seminar|workshop|fortbildung|kurs|was|etwas)|\bob es (?:\w+ ){0,6}?(?<!\b(?:bei|in|an|auf|waehrend|nach|vor|zu|mit) (?:den|der|dem|diesen|ihren|euren) (?:praesenz |online |hybrid )?)(?:was|etwas|seminar\w*|workshop\w*|fortbildung\w*|weiterbildung\w*|schulung\w*|kurs\w*|angebot\w*|termin\w*|veranstaltung\w*) (?:\w+ ){0,8}?gibt\b|^zeig(?:e|en|t)?\b|\bzeig(?:e|en sie|t)? (?:mir|uns|mal|bitte|alle)\b|\bsuch\w* (?:\w+ ){0,10}?(?:seminar|kurs|workshop|fortbildung|schulung|weiterbildung|angebot|webinar|termin|veranstaltung)|\bliste\b|\b(?:uebersicht|ueberblick|auflistung) (?:(?:ueber|der|aller|von|zu|zur|zum|fuer) )?(?:(?:den|die|allen|alle|eure[nr]?|ihre[nr]?) )?(?:\w+ )?(?:seminar|workshop|fortbildung|weiterbildung|schulung|webinar|kurs|veranstaltung|termin|angebot)|\bhabt ihr\b|\bhaben sie (?:\w+ )?(?:seminar|kurs|fortbildung|was|etwas)|\bwas (?:gibt e?s|gibts|laeuft|kommt|steht an|ist (?:im|am|in der|naechste|diese|im))\b|\bwann (?:ist|gibt|findet|kommt|laeuft) (?:das|der|die|es)? ?(?:naechste|naechsten)\b|\bnaechste[ns]? (?:seminar|kurs|workshop|fortbildung|termin)|\bich (?:brauche|moechte|will|haette gern|wuerde gern) (?:ein|eine|einen)? ?(?:seminar|kurs|workshop|fortbildung|schulung|weiterbildung)|\bbietet ihr\b|\bbieten sie\b|\b(?:seminare|fortbildungen|weiterbildungen|schulungen|workshops|kurse|angebote|termine|veranstaltungen) (?:\w+ ){0,6}?(?:interessieren|interessiert)\b|\b(?:any|anything|something|are there|is there|show me|list|looking for|find|which|what)\b(?: \w+){0,4} (?:seminars?|workshops?|courses?|trainings?|events?|webinars?)\b|\b(?:seminars?|workshops?|courses?|trainings?|events?|webinars?) (?:\w+ )?(?:on|about|in|near|for)\b|\bwas fuer (?:\w+ )?(?:seminare|workshops|kurse|fortbildungen|schulungen|weiterbildungen|webinare|angebote|veranstaltungen|trainings) (?:gibt es|gibts|habt ihr|haben sie|bietet ihr|bieten sie|laufen|stehen an|kommen)\b/;

/** One seminar named by its topic: "das Pressearbeit-Seminar", "im Moderationsworkshop". */
const NAMED_SEMINAR = /\b(?:das|dem|den|im|zum) \w+ ?(?:seminar|workshop|kurs|webinar)\b/;

/** A request for training: "was passt", "empfehlen", "was bietet ihr für", "hat das Programm was für". */
/**
 * "passend" asking what fits ("passende Seminare", "was Passendes"), not a thing of the place or the day that should fit a
 * need ("Ich sitze im Rollstuhl und brauche ein passendes WC").
 */
export const FITTING = String.raw`passende\w*(?! (?:wc|toiletten?|raum|raeume|zimmer|hotel\w*|unterkunft|parkpl\w*|zugang|eingang|technik|hilfsmittel|stuhl|tisch|verbindung|anreise|verpflegung|essen)\b)`;
const TRAINING_REQUEST =
  new RegExp(String.raw`\b(?:passt|passen|${FITTING}|empf(?:e|ie|ae)h?l\w*|empfh\w*|tipps? fuer|geeignet\w*|eignet|eignen|sinnvoll|vorschlag\w*|vorschlagen|raten|ratschlag|fits?|suits?|suitable|recommend\w*|suggest\w*)\b|\b(?:bietet|bieten|habt|haben|hat|gibt es|gibts|gibt)\b(?: \w+){0,5}? (?:was|etwas|angebote?|seminare?|kurse?|${TRAINING_WORD}|workshops?)\b(?: (?:bei euch|bei ihnen|\w+))?(?: (?:auch|speziell|extra|eigens|genau|direkt))? fuer\b|\b(?:angebote?|seminare?|kurse?|${TRAINING_WORD}|workshops?) (?:speziell )?fuer (?!die anmeldung|den anmeldeschluss)|\bwas (?:bietet|bieten|habt|haben|gibt es|gibts|hat) (?:ihr |sie |es |das programm )?(?:\w+ )?fuer\b|\bwelche[snrm]? (?:\w+ )?(?:seminare?|kurse?|${TRAINING_WORD}|workshops?|angebote?) (?:gibt es|habt ihr|haben sie|bietet ihr|bieten sie|sind|waeren|ist|waere) (?:\w+ ){0,2}?fuer\b|\bwas (?:\w+ ){1,5}?angeboten (?:wird|werden)\b|\bich frage (?:fuer|im auftrag) (?:eine[nm]?|meine[nm]?|unsere[nm]?)\b|\banything (?:useful|for me|for us)\b|\b(?:was|welche\w*) (?:\w+ )?(?:sollte|soll|solte|koennte|kann) (?:ich|man|wir) (?:(?:da|denn|am|besten|dann|mal) ){0,3}(?:besuchen|belegen|buchen)\b|\b(?:gibt es|gibts|habt ihr|haben sie) (?:da |denn |dazu )?(?:was|etwas|irgendwas) (?:von euch|von ihnen)\b|\bwas (?:kann|sollte|soll) ich als\b|\bfuer (?:mich|uns) als\b|\bals \w+ (?:mitmachen|lernen|besuchen)\b|\bwhat (?:do you offer|is there) for\b|\b(?:was|welche\w*|wie viel\w*)\b(?: \w+)? (?:brauche|braucht|brauchen|benoetige|benoetigt|nuetzt|hilft|bringt|lohnt) (?:ich |man |mir |uns |sich )?(?:\w+ )?als\b|\b(?:nuetzt|hilft|bringt|lohnt) (?:mir|uns|sich) (?:\w+ )?als\b|\b(?:in ?frage|in betracht) (?:kommt|kommen|kaeme|kaemen)\b|\b(?:ein )?(?:guter|gute|guten|richtige\w*|passende\w*|sinnvolle\w*) (?:einstieg|anfang|start)\b|\bmich (?:fortbilden|weiterbilden|qualifizieren|weiterentwickeln)\b|\b(?:wo|womit|welche\w*)\b.*\b(?:anfangen|beginnen|einsteigen)\b|\b(?:wo|womit) f(?:a|ae)ng\w* (?:ich|wir|man)\b.*\ban\b|\bwas (?:bringt|nuetzt|hilft) (?:mir|uns) (?:(?:denn|da|hier|dann|so|eigentlich) )*(?:was|etwas|am meisten|am besten)\b|\bwas (?:sollte|soll|sollten|muss|kann|koennte|koente|konnte|wuerde) (?:ich|wir|man|sie|er) (?:\w+ ){0,2}?(?:besuchen|belegen|buchen)\b|\bwelche[snrm]? (?:seminar|kurs|workshop|fortbildung|schulung|weiterbildung|training|angebot)$|\bwas (?:\w+ ){0,5}?angeboten (?:wird|werden)\b|\bwas (?:sollte|soll|sollten) (?:ich|wir) (?:(?:denn|da|dann) )?(?:zuerst|als erstes|als naechstes|zuallererst)\b|\bwas (?:sollte|soll|sollten|muss|muesste) (?:sie|er|die|der|man) (?:(?:denn|da|dann) )?(?:zuerst|als erstes|als naechstes|zuallererst) (?:lernen|besuchen|belegen)\b|\bwas (?:sollten|sollen|muessen) wir (?:\w+ ){1,3}?(?:zuerst|als erstes|als naechstes|zuallererst) (?:lernen|besuchen|belegen)\b|\b(?:was|etwas) fuer (?:mich|uns)\b|\b(?:gibt es|gibts|es) fuer (?:mich|uns) (?:auch |denn |da |vielleicht |ueberhaupt )*(?:was|etwas|irgendwas)\b|\b(?:waere|waeren) (?:\w+ )?(?:gut|sinnvoll|richtig|hilfreich|passend)\b(?! zu (?:wissen|erfahren|hoeren))|\bwould (?:help|be (?:good|useful|right|best))\b|\b(?:gut|richtig\w*|hilfreich|nuetzlich) fuer (?:mich|uns)\b|\b(?:anything|something) for (?:me|us|her|him|them|someone like me)\b|\bwhich (?:\w+ )?(?:training|course|seminar|workshop)s? (?:should|could|would|do you)\b|\bwhere (?:do|should) (?:i|we) (?:start|begin)\b|\bwhat should (?:i|we) (?:take|attend|book)\b|\b(?:is there|are there|any) (?:\w+ )?(?:\w+ )?for (?:me|us|someone like me)\b|\bwhat (?:would|could|can) help (?:me|us)\b|\bwas (?:koennte|koennten|wuerde|wuerd|wuerden|hilft|haette|waere) (?:mir|uns) (?:(?:da|dabei|denn|dann|jetzt|am besten|wohl|am meisten|so|wirklich) )*(?:weiter ?helfen|helfen|weiter|nuetzen|hilfreich sein)\b|\b(?:seminare?|kurse?|${TRAINING_WORD}|workshops?|angebote?)\b(?: \w+){0,4} (?:(?:hilft|helfen|helfe|bringt|bringen|nuetzt|nuetzen) (?:mir|uns)|(?:mir|uns) (?:(?:da|dabei|dann|wirklich|am besten) )?(?:weiter)?(?:helfen|nuetzen|bringen))\b|\b(?:mir|uns) (?:\w+ )?(?:weiterhelfen|helfen|nuetzen)\b(?=.*\b(?:seminare?|kurse?|${TRAINING_WORD}|workshops?|angebote?)\b)|\bwas (?:kann|sollte|soll|muss) ich (?:da |denn |bei euch |hier |so )?lernen\b|\bwas (?:sollte|soll|sollten|sollen|muss|muessen) (?:sie|er|die) (?:(?:denn|da|dann) )?(?:zuerst|als erstes|als naechstes|zuallererst) machen\b(?!.*\banmeld)|\bwas (?:muss|muesste|sollte|soll|kann) (?:ich|man|wir|sie|er) (?:\w+ ){0,3}?an (?:fortbildungen|seminaren|kursen|schulungen|weiterbildungen|workshops) (?:\w+ )?(?:mitnehmen|machen|besuchen|belegen)\b|\b(?:macht|machen|ergibt|ergeben|haette|hat) (?:\w+ ){0,5}?(?:was|etwas|irgendwas) (?:\w+ ){0,2}?sinn\b|\bwelche[snrm]? (?:\w+ )?(?:seminar|kurs|workshop|fortbildung|schulung|weiterbildung|training|angebot)\w* (?:macht|machen|ergibt|ergeben) (?:\w+ ){0,3}?sinn\b`);

/** "Ich bin …", "ich arbeite als …", "zuständig für …": the person says who they are. */
const ROLE_STATEMENT =
  /\b(?:ich bin|ich arbeite|ich mache|ich mach|ich leite|ich betreue|ich koordiniere|ich organisiere|ich kuemmere mich|kuemmere mich um|bin in der|bin im|bin bei|arbeite in|arbeite im|arbeite bei|arbeite als|arbeite fuer|zustaendig fuer|verantwortlich fuer|taetig (?:in|im|als|bei|fuer)|beschaeftigt (?:in|im|als|bei)|angestellt (?:in|im|als|bei)|ich bin doch|bin neu|meine (?:rolle|aufgabe|stelle|funktion) ist|mein (?:job|beruf|bereich|aufgabenbereich) ist|i am|i m|im a|i work|work in|work as|working as|wir sind)\b|^(?:als|bin)\b|\bich \w+ als\b|\bals \w+ (?:bin|arbeite)\b|\bkuemmer\w* (?:mich|uns)\b|\b(?:mich|uns) (?:\w+ ){0,8}?kuemmer\w*|\bbin (?:die|der) neue\b|\bsitze (?:im|in|bei|an)\b|\b(?:an|bei) mir (?:haengen|haengt|haengen bleibt|liegt|liegen|landet|landen)\b|\b(?:bleibt|bleiben|haengt|haengen|liegt|liegen|landet|landen) (?:\w+ ){0,6}?(?:an|bei) mir\b|\b(?:leute|menschen|personen|jemand\w*) wie (?:mich|ich|uns|wir)\b|\bi (?:do|run|manage|coordinate|lead|handle|look after|take care)\b|\bin charge of\b|\bresponsible for\b|\bpeople like (?:me|us)\b|\b(?:ich uebernehme|uebernehme ich)\b|\bmir (?:\w+ ){0,6}?(?:aufgedrueckt|uebertragen|zugeteilt|aufs auge gedrueckt)\b|\bhat mich (?:\w+ ){0,3}?(?:zur|zum) (?:\w+ ){1,4}?(?:gemacht|ernannt|bestimmt)\b/;

/** An answer said not to help, or not being understood ("… und du verstehst mich einfach nicht"), in a message of any length (FRUSTRATION reads the shorter sighs). */
const NOT_HELPFUL =
  /\b(?:hilft|hilfst|half|hat) (?:mir |uns )?(?:(?:leider|jetzt|grad|gerade|echt|wirklich|halt|auch) )*(?:gar |ueberhaupt |absolut )?(?:nicht|nichts|nix|kein bisschen)(?: weiter| geholfen)?\b|\bnicht hilfreich\b|\bunhilfreich\b|\bfalsche antwort\b|\b(?:antwort|das|es) passt (?:\w+ )?(?:(?:gar|ueberhaupt|absolut|ja) )?(?:nicht|ueberhaupt nicht)(?: mehr)? zu (?:dem|meiner frage|meinen fragen|der frage|was ich)\b|\b(?:das|die antwort) (?:war|ist) (?:nicht|falsch|unpassend)|\bnicht (?:das|was) ich (?:gesucht|gemeint|wissen wollte|wollte)|\bbeantwortet (?:meine frage )?nicht\b|\bthat (?:does not|doesn t|didn t) help\b|\bnot helpful\b|\b(?:du )?(?:verstehst|kapierst|checkst) mich (?:\w+ ){0,2}?nicht\b|\byou (?:don t|do not|just don t) (?:get|understand) me\b/;

/**
 * Frustration, short and on its own: "bringt mich nicht weiter", "Quatsch", "du verstehst mich
 * nicht", "das meinte ich nicht". Read only in short messages, so a question that starts with a
 * sigh ("Quatsch, ich meinte: was kostet das?") is still answered as a question.
 */
const FRUSTRATION =
  /\b(?:bringt|bringst|brachte) (?:mich |mir |uns )?(?:(?:so|jetzt|grad|gerade|echt|wirklich|leider|halt|auch) )*(?:nicht|nichts|nix|null|gar nichts|gar nix|ueberhaupt nichts|ueberhaupt nix)(?: weiter)?\b|\b(?:so )?(?:komme|kommen|komm) (?:ich|wir) (?:so )?nicht weiter\b|\b(?:quatsch|unsinn|bloedsinn|schwachsinn|humbug|nonsense|useless)\b|\b(?:nutzlos|sinnlos|unbrauchbar)\b|\b(?:bloeder?|dummer?|doofer?|nutzloser?|schlechter?) (?:bot|chatbot|computer|roboter|programm)\b|\b(?:du|sie|ihr) (?:verstehst|verstehen|versteht|kapierst|kapieren|checkst) (?:mich |mir |es )?(?:einfach |gar |ueberhaupt |leider )?(?:nicht|nichts|nix)\b|\b(?:verstehst|verstehen) (?:du|sie) mich (?:ueberhaupt|eigentlich|denn|einfach)?\b|\b(?:das|so) (?:meinte|meine|wollte) ich (?:doch |aber |gar )?nicht\b|\b(?:nicht|nie) meine frage\b|^(?:nein |nee )?das (?:stimmt|passt) (?:doch |so |ueberhaupt |gar )?nicht$|^was soll (?:das|der mist)$|\bvoellig daneben\b|\bthis is (?:useless|wrong)\b|\byou (?:do not|don t) understand\b/;
/** Longest message read as frustration alone (in words). */
const FRUSTRATION_WORDS = 8;

const CONTACT_HUMAN =
  /\b(?:mit|an) (?:einem|einer|nem|ner|jemandem|jemanden|einem echten|einer echten|wem) ?(?:menschen|person|mitarbeiter\w*|ansprechpartner\w*|sachbearbeiter\w*|echten menschen)?(?: \w+){0,5} (?:sprechen|sprechn|sprchen|reden|redn|telefonieren|chatten|schreiben)\b|\b(?:echten? )?(?:mensch|menschen|person|mitarbeiter\w*) (?:sprechen|erreichen|kontaktieren|anrufen|dran)\b|\b(?:echte|echten|richtige|richtigen|lebende|lebendige) (?:person|personen|menschen|mensch|mitarbeiter\w*|ansprechpartner\w*|ansprechperson)\b|\bbitte (?:einen |eine |mit einem |mit einer )?(?:menschen|person|mitarbeiter\w*)\b|\b(?:menschen|person|mitarbeiter\w*) bitte\b|\b(?:wen|wem) kann ich (?:anrufen|fragen|ansprechen|kontaktieren|erreichen)\b|\bkein(?:en)? (?:bot|computer|roboter|maschine)\b.*\b(?:sprechen|reden|bitte|will|moechte)\b|\b(?:talk|speak|chat) (?:to|with) (?:a )?(?:human|person|someone|real person|real human)\b|\b(?:anrufen|telefonnummer|hotline)\b|\b(?:persoenliches|persoenlichen|telefonisches|telefonischen) (?:gespraech|beratungsgespraech|beratung)\b|\bgespraech mit (?:einem|einer|jemandem|jemanden|ihnen|euch)\b|\bgibt es (?:\w+ )?(?:auch )?(?:echte|richtige|menschliche) (?:ansprechpartner\w*|menschen|personen|mitarbeiter\w*)|\b(?:verbinden|durchstellen|weiterleiten|weiterverbinden) (?:sie |du )?(?:mich|uns) (?:\w+ ){0,4}?(?:mit|zu|an) (?:einem|einer|einen|jemandem|jemanden|ihrem|eurem|dem|der)\b|\b(?:mich|uns) (?:\w+ ){0,3}?(?:mit|zu) (?:einem|einer|jemandem|jemanden) (?:\w+ ){0,8}?(?:verbinden|durchstellen)\b|\b(?:ruft|rufen) (?:mich|uns) (?:\w+ )?zurueck\b|\brueckruf\b/;

const HELPFUL_WORDS = /^(?:ja|jo|jep|jap|yes|yep|jawohl|genau|ja danke|ja genau|ja hat geholfen|ja sehr|(?:das )?hat (?:mir )?(?:sehr )?geholfen|(?:sehr )?hilfreich|das hilft|hilft mir|super|perfekt|prima|top|passt)$/;
const UNHELPFUL_WORDS = /^(?:nein|ne|nee|no|nope|leider nein|nein leider|leider nicht|nicht wirklich|eher nicht|nicht so)$/;

/** Addressing the bot itself: "du", "kannst du", "der Bot", "Inklusionsprofi". */
const ABOUT_BOT = /\b(?:du|dich|dir|dein\w*|kannst|kanst|bist|machst|speicherst|weisst|verstehst|hilfst|sprichst|funktionierst|der bot|den bot|dem bot|diesem bot|der chatbot|den chatbot|chatbot|(?:der|den|dem|dieser|diesen|diesem) inklusionsprofi|hier im chat|(?:der|den|dem|im|dieser|diesen|diesem|dieses) chats?|ki|kuenstliche intelligenz|you|your|yourself|talking to|chatting with|the bot|this bot|this chat)\b/;

/** "Was kannst du (eigentlich) alles?", "Wobei hilfst du?": what the bot does, as the help command shows it. */
const WHAT_CAN_YOU_DO = /^(?:(?:hey|hallo|hi|moin|na|so|und|also|ok|okay) )*(?:was|wass|wobei|womit) (?:kannst|kanst|kansnt|kannste|kann|machst|hilfst|koennen sie|kann der bot|kann der inklusionsprofi)(?: du| sie)?(?: (?!nicht\b|kein\w*\b)\w+)?(?: alles| so| denn| eigentlich)*(?: fuer mich)?(?: tun| machen)?(?: ausser (?:\w+ ){0,3}\w+)?$|^(?:(?:hey|hi|hello|so|ok|okay) )*what (?:can|do) you (?:actually |really |exactly )?(?:do|offer)(?: for me| for us)?$|^how can you help(?: me| us)?$|^(?:hallo )?(?:kannst du|koennen sie|kann der bot) (?:mir |uns )?(?:bitte |mal )?(?:helfen|weiterhelfen)$|^can you help(?: me| us)?$/;

/** What a chat partner may be: a person or a machine. */
const BEING = String.raw`(?:(?:(?:ein|eine|einem|einer|einen|n|ne|a|an|the)\s)?(?:(?:echte[rnms]?|richtige[rnms]?|lebende[rnms]?|wirkliche[rnms]?|menschliche[rnms]?|real|actual|live)\s)?(?:mensch|menschen|person|bot|chatbot|roboter|robot|computer\w*|computerprogramm|maschine|machine|ki|ai|kuenstliche intelligenz|artificial intelligence|human|mitarbeiter\w*)\b|(?:echt|real)$)`;
/**
 * Whether the bot is a person or a machine: "Bist du ein Mensch?", "Are you a bot?", "Bin ich hier mit
 * einem Menschen verbunden?", "Sitzt da ein Mensch dahinter?". Asking who the bot is, not for a person.
 */
const WHAT_BOT_IS = new RegExp(
  String.raw`^(?:und |also |sag mal |mal ehrlich )?(?:bist du|sind sie|seid ihr|are you|is this|is that|is it|ist das(?: hier)?|ist der bot|ist dieser chat|bin ich hier|am i (?:talking|chatting|speaking|writing) (?:to|with)|do i talk to|spreche ich(?: hier)?(?: gerade)? mit|schreibe ich(?: hier)?(?: gerade)? mit|rede ich(?: hier)?(?: gerade)? mit|chatte ich(?: hier)?(?: gerade)? mit|antwortet hier|schreibt hier|sitzt (?:da|hier|dahinter)|steckt (?:da|hier|dahinter))\s(?:(?:hier|gerade|eigentlich|wirklich|denn|mit|bei|da|dahinter|verbunden)\s)*${BEING}`,
);
/** Longest message read as that question alone (in words). */
const WHAT_BOT_IS_WORDS = 10;

/** "Wer beantwortet hier meine Fragen – ein Chatbot oder Mitarbeiter*innen der Aktion Mensch?": a machine or a person, set side by side. */
const MACHINE_OR_PERSON =
  /\b(?:chatbot|bot|ki|computer\w*|maschine|roboter|programm) oder (?:(?:ein|eine|einem|einer|echte\w*|richtige\w*|lebende\w*) )?(?:mensch\w*|mitarbeiter\w*|person\w*)\b|\b(?:mensch\w*|mitarbeiter\w*|person) oder (?:(?:ein|eine|einem|einer) )?(?:chatbot|bot|ki|computer\w*|maschine|roboter)\b/;
/** Longest message read as that choice alone (in words). */
const MACHINE_OR_PERSON_WORDS = 16;

export function asksWhatBotIs(folded: string): boolean {
  const length = folded.split(' ').length;
  return (length <= WHAT_BOT_IS_WORDS && WHAT_BOT_IS.test(folded)) || (length <= MACHINE_OR_PERSON_WORDS && MACHINE_OR_PERSON.test(folded));
}

/** Leichte or einfache Sprache, folded, in German or English ("in leichter Sprache", "easy German"). */
const EASY_LANGUAGE = String.raw`(?:leicht|einfach)e[rn]? sprache|(?:easy|plain|simple) (?:language|german)`;
/** Words that may stand between "ich brauche/verstehe/lese" and the language: no one else's ("jemanden, der …"), no thing of the seminars. */
const EASY_READER_WORDS = String.raw`(?: (?:ich|wir|er|sie|leider|nur|die|das|alles|immer|unbedingt|eher|lieber|besser|auch|wirklich|texte|antworten|sachen|infos|informationen|dinge|eigentlich|halt|eben|so|bitte))*`;
/**
 * The bot's answers asked for in Leichte Sprache, or the writer (or the one they write for) reads only that: "Kannst du
 * auch in Leichter Sprache antworten?", "Antworte bitte in einfacher Sprache", "Ich kann leider nur Texte in Leichter
 * Sprache gut verstehen", "Als Selbstvertreter brauche ich Texte in Leichter Sprache", "Can you answer in easy German?".
 */
const ASKS_EASY_LANGUAGE = new RegExp(
  [
    String.raw`\b(?:kannst|kannste|koennen|koenntest|koennten|koennt|wuerdest|wuerden|kann man)\b(?: \w+){0,4}? (?:in|auf) (?:${EASY_LANGUAGE})(?: \w+)? (?:antworten|schreiben|sagen|erklaeren|reden|sprechen|formulieren|wiederholen|umstellen|umschalten|stellen)\b`,
    String.raw`\b(?:antworte|antworten|antwortest|schreib|schreibe|schreibst|erklaer|erklaere|sprich|rede)\b(?: \w+){0,3}? (?:in|auf) (?:${EASY_LANGUAGE})\b`,
    String.raw`\b(?:verstehe|versteht|verstehen|lese|liest|lesen|brauche|braucht|brauchen|benoetige|benoetigt)\b${EASY_READER_WORDS} (?:in |auf )?(?:${EASY_LANGUAGE})\b`,
    String.raw`\b(?:nur|besser|am besten)${EASY_READER_WORDS} (?:in |auf )?(?:${EASY_LANGUAGE})(?: \w+){0,2}? (?:verstehen|verstehe|versteht|lesen|lese|liest|folgen|mitkommen)\b`,
    String.raw`\b(?:can|could|would) you\b(?: \w+){0,3}? (?:answer|reply|write|talk|speak|explain)\b(?: \w+){0,4}? (?:${EASY_LANGUAGE})\b`,
  ].join('|'),
);
/** What is learnt, made or handed out in Leichte Sprache: a message naming it is about seminars, material or a text, not about how the bot answers. */
const EASY_LANGUAGE_AS_SUBJECT =
  /\b(?:unterlagen|materia\w*|seminar\w*|kurs\w*|workshops?|fortbildung\w*|schulung\w*|weiterbildung\w*|referent\w*|lernen|lerne|lernt|gelernt|erlernen|beibring\w*|uebersetz\w*|pruef\w*|flyer\w*|protokoll\w*|broschuere\w*|website\w*|webseite\w*|homepage|veroeffentlich\w*|bescheid\w*|buecher|buch|formular\w*|translate|training\w*|course\w*)\b/;

export function asksEasyLanguage(folded: string): boolean {
  return ASKS_EASY_LANGUAGE.test(folded) && !EASY_LANGUAGE_AS_SUBJECT.test(folded);
}

/**
 * Who may take part, asked as a yes/no question about the offers there are: "Sind die Seminare auch
 * für Selbstvertreter*innen geeignet?", "Gibt es die Fortbildungen auch für Ehrenamtliche oder nur für
 * Hauptamtliche?", "Richten sich die Workshops an Ehrenamtliche?". "Kann meine Praktikantin da mit?", "Können auch
 * Selbstvertreter*innen mit zu den Fortbildungen?" (not one's assistance: "Darf meine Assistenz mit ins Seminar?" asks for
 * support). Not "Gibt es auch was für Ehrenamtliche?": that asks for something for them.
 */
const WHO_MAY_JOIN =
  /^(?:und |also )?(?:(?:sind|ist|gelten|gilt|waeren|waere) (?:die|das|der|eure|ihre|diese[srn]?)\b.*\b(?:auch|nur|eher|ausschliesslich|ebenfalls|ueberhaupt)\b.*\b(?:fuer|an)\b|gibt es (?:die|den|das|diese[nrs]?|eure)\b.*\b(?:auch|nur|ausschliesslich)\b.*\bfuer\b|richte[tn] sich (?:die|das|der|eure|diese[srn]?|ihre)\b.*\ban\b|(?:koennen|duerfen|darf|kann|sollen) (?:auch |nur |denn |ueberhaupt )*(?!ich\b|wir\b|man\b)\w+.*\b(?:teilnehmen|mitmachen|kommen|mitkommen|dabei sein|sich anmelden|mit dabei sein)\b|(?:koennen|duerfen|darf|kann) (?:auch |denn |ueberhaupt )*(?!ich\b|wir\b|man\b)\w+.*\b(?:auch|da|dann|denn|noch) mit$|(?!.*\b(?:assistenz\w*|begleit\w*|dolmetsch\w*|\w*hund)\b)(?:koennen|duerfen|darf|kann) (?:auch |denn |ueberhaupt )*(?!ich\b|wir\b|man\b)\w+.* mit (?:zu|zum|zur|in|ins) (?:den |die |das |dem |der |eure\w* |ihre\w* )?(?:seminar|workshop|fortbildung|kurs|schulung|weiterbildung|veranstaltung|termin|treffen)\w*$)/;

/**
 * A person of one's own who would come along, folded ("Kollegin", "Azubi", "Praktikantin", "Kumpel", "Begleitperson"): one
 * list for the question whether they may ("kann ich meine Praktikantin mitbringen?") and for the words that are no words
 * against the programme when that is asked (interpret.ts).
 */
export const COMPANION = String.raw`kolleg\w*|praktikant\w*|azubi\w*|auszubildende\w*|mitarbeiter\w*|volontaer\w*|ehrenamtliche\w*|freiwillige\w*|vertretung|nachfolger\w*|chef\w*|kumpel|freund(?:in|innen|e|en)?|begleitperson\w*`;

/**
 * Who may take part, asked anywhere in the message: "ob die Seminare auch für Leute aus Nachbarkommunen offen sind",
 * "die Angebote ebenfalls nutzen", "nur für die Modellkommunen", "to take part".
 */
const WHO_MAY_JOIN_ANYWHERE = new RegExp(
  String.raw`\b(?:auch|nur) fuer (?:\w+ ){1,5}?(?:offen|zugaenglich)\b|\bfuer alle (?:\w+ )?(?:offen|zugaenglich|gedacht)\b|\boder (?:(?:richte[tn]|sind|ist) )?(?:(?:die|das|diese|sie|sich) ){0,2}(?:\w+ )?(?:nur|ausschliesslich) (?:an|fuer)\b|\b(?:angebote|seminare|fortbildungen|kurse|workshops) (?:\w+ ){0,2}(?:ebenfalls|auch) (?:nutzen|besuchen|wahrnehmen)\b|\bnur (?:fuer )?(?:die )?modellkommunen\b|\bto take part\b|\b(?:kann|darf|koennen|duerfen) (?:ich|wir) (?:\w+ ){0,2}?(?:mein|meine|meinen|unser|unsere|unseren) (?:\w+ )?(?:${COMPANION})\b (?:\w+ ){0,3}?(?:mitbringen|mitnehmen)\b|\bcan (?:i|we) bring (?:my|our|a) (?:\w+ )?(?:colleague|intern|trainee|apprentice|volunteer|coworker)s?\b`,
);

/**
 * Who registers whom: "Müssen sich Ehrenamtliche selbst anmelden oder macht das die Koordinatorin für sie?", "Muss sich
 * jede*r einzeln anmelden oder geht das gesammelt?", "Kann ich meine Kollegin mit anmelden?".
 */
const WHO_REGISTERS =
  /\b(?:selbst|selber|einzeln|getrennt|jeweils|jede[rs]? (?:\w+ )?(?:fuer sich|einzeln)) (?:\w+ )?(?:anmelden|registrieren)\b(?= .*\b(?:oder|muss|macht|geht)\b)|\b(?:anmelden|anmeldung|registrieren)\b(?: \w+){0,4} oder (?:\w+ ){0,6}(?:fuer (?:sie|ihn|die anderen|alle|uns alle)|gesammelt|gemeinsam|sammelanmeldung|ueber (?:die|den|unsere?n?|meine?n?) (?:\w+ )?(?:koordinat\w*|projektleitung|leitung|chef\w*|verwaltung))\b|\b(?:mit anmelden|mitanmelden|mit angemeldet werden)\b/;

/** Registering someone else, or being registered by someone: "Kann ich mich für jemand anderen anmelden?", "Kann mein Chef mich anmelden?". */
const FOR_SOMEONE_ELSE =
  /\bfuer (?:jemand(?:en)?|eine?n? (?:\w+ )?(?:kolleg\w*|mitarbeit\w*|person)) (?:anderen? |anderes )?(?:\w+ )?(?:anmelden|registrieren|eintragen)\b|\b(?:jemand(?:en)?|wen) (?:anderen?|anderes|fremden?) (?:\w+ )?(?:anmelden|registrieren|eintragen)\b|\b(?:meine?r?|unsere?r?) (?:chef\w*|vorgesetzt\w*|kolleg\w*|koordinat\w*|leitung|projektleitung|sekretariat|assistenz) (?:\w+ )?(?:mich|uns) (?:\w+ )?(?:anmelden|registrieren|eintragen)\b/;

export function asksWhoRegisters(folded: string): boolean {
  // "Kann ich mich selbst anmelden?", "Muss ich mich für jedes Seminar einzeln anmelden?" ask about one's own enquiry.
  return FOR_SOMEONE_ELSE.test(folded) || (WHO_REGISTERS.test(folded) && !/\b(?:ich|wir) (?:\w+ )?(?:mich|uns)\b|\b(?:kann|muss|darf|soll) (?:ich|wir) (?:mich|uns)\b/.test(folded));
}

/**
 * Others in the wish to register: "zwei Kolleginnen", "mich und meine Kollegin", "unser Team", "zu dritt", "several people".
 * Each person is an enquiry of their own — what the FAQ on registering several people says.
 */
const OTHERS_REGISTERED =
  /\b(?:zwei|drei|vier|fuenf|sechs|mehrere|einige|\d+) (?:neue )?(?:kolleg\w*|mitarbeit\w*|personen|leute|teilnehm\w*|ehrenamtlich\w*|beschaeftigte\w*)\b|\b(?:mich|uns) und (?:meine?n?|unsere?n?|die|den) \w+|\b(?:meine?n?|unsere?n?) (?:\w+ )?(?:kolleg\w*|mitarbeit\w*|team|ehrenamtlich\w*)\b(?= .*\banmelden\b)|\bzu (?:zweit|dritt|viert|fuenft)\b|\b(?:several|two|three) (?:people|colleagues|persons)\b/;

/** The wish to register others with oneself or for them ("Ich möchte zwei Kolleginnen für das Seminar zur Antragstellung anmelden"), not a question about one's own. */
export function registersOthers(folded: string): boolean {
  return REGISTER_WISH.test(folded) && OTHERS_REGISTERED.test(folded) && !REGISTRATION_DONE.test(folded) && !SUPPORT_PERSON.test(folded);
}

/** A person who comes along to support someone: "Assistenz", "Begleitperson", "Gebärdensprachdolmetscher*in". */
const SUPPORT_PERSON = /\b(?:assistenz\w*|begleitperson\w*|begleiter\w*|begleitung|dolmetscher\w*|gebaerdensprachdolmetsch\w*)\b/;
/** Registering, in any form: "anmelden", "mit angemeldet werden", "Anmeldung". */
const REGISTERING = /\b(?:anmeld\w*|mitanmeld\w*|angemeldet|registrier\w*)\b/;

/** Coming along or its cost: "mitkommen", "dabei", "mit zu den Seminaren", "kostenfrei", "zahlen". */
const COMING_ALONG = /\b(?:mitkommen|mitkommt|mitbringen|mitnehmen|mitmachen|dabei|teilnehmen|kostenfrei|kostenlos|kosten\w*|zahlen|bezahlen|bezahlt|come along|bring)\b|\bmit (?:zu|zum|zur|in|ins|auf) (?:den|die|das|dem|der|einem|einer|einen)\b/;

/**
 * A person who supports someone coming along, or what that costs: "Dürfen Begleitpersonen kostenlos mitkommen?", "Sind
 * Assistenzkräfte auch kostenfrei dabei?" — the support needed goes into the enquiry; whether it costs anything is not known.
 */
export function bringsSupportPerson(folded: string): boolean {
  return SUPPORT_PERSON.test(folded) && COMING_ALONG.test(folded);
}

/**
 * Registering together with a person who supports someone: "Muss sich meine Begleitperson auch anmelden?", "Kann ich als
 * Assistenz mit angemeldet werden?" — what the enquiry says about the support needed answers it, not registering several people.
 */
export function registersSupportPerson(folded: string): boolean {
  return SUPPORT_PERSON.test(folded) && REGISTERING.test(folded);
}

/**
 * Being no model municipality, or from elsewhere: "Wir sind keine Modellkommune", "Nicht-Modellkommunen", "außerhalb des
 * Modellprojekts", "nicht Teil des Förderprogramms", "nur für die Modellkommunen?", "Leute aus Nachbarkommunen … offen?".
 */
const NOT_A_MODEL_MUNICIPALITY =
  /\bnicht ?modell(?:kommune|stadt|staedte|gemeinde)\w*|\bkeine (?:der |von den )?(?:\w+ )?modell(?:kommune|stadt|gemeinde)\w*|\b(?:nicht|nie) (?:zu den |teil der |eine |bei den )?(?:\w+ )?modell(?:kommune|stadt|staedte|gemeinde)\w*|\bausserhalb (?:des|der) (?:\w+ )?modell\w*|\bnicht teil (?:des|der|von) (?:\w+ ){0,2}(?:kommune inklusiv|modell\w*|foerderprogramm\w*)|\bnur (?:fuer )?(?:die )?(?:fuenf )?modell(?:kommunen|staedte|projekt)\b|\b(?:only|just) for the (?:five )?model (?:municipalities|towns|cities)\b|\bnot (?:a|one of the) model municipalit\w*|\b(?:nachbarkommune|nachbargemeinde|nachbarort|nachbarstadt|nachbarstaedte)\w*\b(?=.*\b(?:mitmachen|teilnehmen|offen|dabei|nutzen|mit)\b)/;

/** A question whether someone from a municipality that is no model municipality may take part (the FAQ that says the team decides). */
export function asksAsNonModelMunicipality(folded: string): boolean {
  return NOT_A_MODEL_MUNICIPALITY.test(folded);
}

/** Words that name who may take part: "Teilnahmeberechtigung", "Zugangsvoraussetzungen", "Darf jeder mitmachen?", "Who can join?". */
const WHO_MAY_JOIN_NAMED =
  /\b(?:teilnahmeberechtig\w*|zugangsvoraussetzung\w*|teilnahmevoraussetzung\w*|zulassungsvoraussetzung\w*)\b|\b(?:darf|kann|koennen|duerfen) (?:denn |auch |ueberhaupt |eigentlich )*(?:jeder|jede|jedermann|alle) (?:\w+ )?(?:mitmachen|teilnehmen|kommen)\b|\b(?:who can|who may|allowed to|eligible to) (?:join|take part|participate|attend)\b/;

export function asksWhoMayJoin(folded: string): boolean {
  return WHO_MAY_JOIN.test(folded) || WHO_MAY_JOIN_ANYWHERE.test(folded) || WHO_MAY_JOIN_NAMED.test(folded);
}

/** A seminar or training named by its kind: the seminar nouns, and the officialese "Qualifizierungsmaßnahmen". */
const TRAINING_KIND = String.raw`(?:${SEMINAR_NOUN.source}|qualifizierung\w*|bildungsangebot\w*)`;

/**
 * The group a question who may take part asks about, folded: "Dürfen auch Lehrkräfte einer Grundschule an den Seminaren
 * teilnehmen?", "Können Leute aus dem Sportverein zu den Fortbildungen kommen?", "… auch für Firmen offen?", "Teilnahme als
 * Kirchengemeinde?". Those words say who is asked about; no word against the programme (interpret.ts).
 */
const GROUP_ASKED = [
  new RegExp(String.raw`^(?:und |also )?(?:koennen|duerfen|darf|kann|sollen) (?:bei euch |eigentlich |auch |nur |denn |ueberhaupt )*(?!(?:ich|wir|man|sie|das|es|ihr|du)\b)((?:\w+ ){1,6}?)(?:(?:an|bei|zu|in) (?:den |die |der |dem |eure\w* |ihre\w* |diese\w* )?(?:\w+ )?${TRAINING_KIND} (?:\w+ )?(?:teilnehmen|mitmachen|kommen|mitkommen|dabei sein|gehen)\b|(?:auch |da |dann |denn |noch )*(?:teilnehmen|mitmachen)\b)`),
  new RegExp(String.raw`\b(?:${TRAINING_KIND}|teilnahme) (?:\w+ ){0,3}?(?:auch|nur|ausschliesslich) fuer ((?:\w+ ){0,4}?\w+) (?:offen|zugaenglich|gedacht|geeignet)\b`),
  /^(?:und |also )?(?:eine )?teilnahme (?:als|von|fuer) ((?:\w+ ){0,4}?\w+)$/,
  new RegExp(String.raw`\bteilnahme (?:als|von|fuer) ((?:\w+ ){0,4}?\w+) (?:an|bei) (?:den |der |dem |eure\w* |ihre\w* |diese\w* )?(?:\w+ )?${TRAINING_KIND}`),
];

/** "auch für Einsteiger gedacht" asks for the level, not who may come. */
const LEVEL_GROUP = /\b(?:einsteiger\w*|anfaenger\w*|fortgeschritten\w*|neulinge?|profis?|beginner\w*|quereinsteiger\w*)\b/;

export function groupAsked(folded: string): string[] {
  const words = GROUP_ASKED.flatMap((re) => re.exec(folded)?.[1]?.trim().split(' ') ?? []);
  return LEVEL_GROUP.test(words.join(' ')) ? [] : words;
}

/** Whether the message names who may take part in so many words (not only "auch für X"). */
export function namesWhoMayJoin(folded: string): boolean {
  return WHO_MAY_JOIN_NAMED.test(folded);
}

/** The state of an enquiry or mail already sent: "Ist meine Anfrage angekommen?", "noch keine Antwort erhalten", "angemeldet, aber bis jetzt keine Mail bekommen". Not "Bekomme ich eine Bestätigung?" (the FAQ says what comes). */
const ENQUIRY_STATUS =
  /(?<!\b(?:wenn|sobald|nachdem|falls) (?:\w+ ){0,3})\b(?:anfrage|anmeldung|mail|nachricht|anmeldeanfrage)\b(?: \w+){0,6} (?:angekommen|eingegangen|bearbeitet|durchgegangen|untergegangen)\b|\bob (?:das|es|sie|die|alles) (?:\w+ ){0,2}?(?:angekommen|eingegangen|durchgegangen)\b|\b(?:keine|noch keine|nie eine|bisher keine) (?:antwort|rueckmeldung|reaktion)\b|\b(?:noch|bisher|bis jetzt|seitdem|seither) (?:\w+ )?(?:nichts|nix|gar nichts|gar nix) (?:mehr )?(?:gehoert|bekommen|erhalten|zurueckbekommen)\b|\b(?:angemeldet|anfrage \w+|abgeschickt|geschickt)\b(?: \w+){0,6} (?:nichts|nix|keine antwort|keine rueckmeldung)\b|\b(?:stand|status) (?:meiner|unserer|der|meine|von meiner) (?:anfrage|anmeldung|anmeldeanfrage)\b|\bangemeldet\b(?: \w+){0,6} (?:keine (?:e ?mail|email|mail|nachricht)|kein wort|nie (?:eine|ne|was)) (?:\w+ ){0,2}?(?:bekommen|erhalten|gehoert|gekriegt|gesehen)\b/;

/**
 * The registration deadline asked about: "Bis wann muss ich mich für das Seminar zur Öffentlichkeitsarbeit anmelden?",
 * "Anmeldeschluss Februar-Seminar?", "Kann ich mich noch für die Moderationskurse anmelden?", "Wann ist der letzte
 * Anmeldetag?". Not "Bis wann geht das Seminar?" (its end, which the list shows).
 */
const ASKS_DEADLINE =
  /\b(?:anmeldeschluss|anmeldeschluesse|anmeldefrist\w*|anmeldeende|anmeldezeitraum|meldeschluss|frist|fristen|deadline\w*|registration (?:deadline|closes?|period)|letzte[nr]? (?:anmelde)?(?:tag|termin|datum)\w* (?:fuer|zur) (?:die )?anmeldung|letzte[nr]? anmelde(?:tag|termin|datum)\w*)\b|\b(?:bis wann|bis zu welche[mn] (?:datum|tag|zeitpunkt|termin)|wie lange (?:noch|kann|koennen|darf)|spaetestens|noch)\b(?: \w+){0,8}? (?:anmeld\w*|angemeldet|registrier\w*|buchen|buchbar|anfragen)\b|\b(?:until when|how long) (?:\w+ ){0,3}?(?:register|sign up|book)\b/;

/**
 * Registering for a seminar, or taking it: "anmelden", "buchen", "Ich nehme das in Rostock", "da mache ich mit", "wie melde
 * ich mich an?", "dann melde ich mich an", "trag mich ein". One reading for a bare "anmelden" after a seminar's details
 * (registration.ts) and for a seminar taken from a list (seminarLists.ts).
 */
const TAKES_PART = /\b(?:anmelden|anmeldung|registrieren|buchen|teilnehmen|mitmachen|nehm|nehme|nehmen|eintragen)\b|\bmelde[nt]? (?:ich |wir )?(?:mich|uns)\b|\btrag(?:e|en|t)? (?:mich|uns) (?:\w+ )?ein\b/;

export function takesPart(folded: string): boolean {
  return TAKES_PART.test(folded);
}

/** Whether the message asks until when one can register, so a list it gets shows each seminar's deadline. */
export function asksDeadline(folded: string): boolean {
  return ASKS_DEADLINE.test(folded);
}

/** What a seminar's details card shows: when, where, how long, places, deadline, format, access. Not its cost (the FAQ answers that for all). */
const DETAIL_ASKED =
  /^(?:und )?(?:wo|wann|wie lange|bis wann|ab wann|um wie ?viel uhr)\b|\b(?:dauer|dauert|ort|uhrzeit|adresse|anmeldeschluss|frist|plaetze|platz|frei|ausgebucht|voll|barrierefrei|rollstuhl\w*|online|vor ort|gebaerden\w*|untertitel\w*|leichter sprache|weitere[rn]? termin\w*|zweite[rn]? termin|beiden (?:tagen|terminen))\b/;
// Also its room or venue: "ist der Raum in Nieder-Olm barrierefrei? ich sitz im Rollstuhl".
const POINTS_BACK_TO_IT = /\b(?:das|es|dort|da|dafuer|dazu|dieses|dieser|diesem|diese)\b|\b(?:der|die|den|dem) (?:kurs|seminar|workshop|veranstaltung|fortbildung|raum|saal|veranstaltungsort|tagungsort|gebaeude)\b/;
const ABOUT_COST = /\b(?:kost\w*|gebuehr\w*|preis\w*|zahl\w*|bezahl\w*|geld)\b/;
/** Longest message read as a question about the seminar just shown. */
const ABOUT_SHOWN_WORDS = 9;

/**
 * Seminars in the plural, also at the end of a compound: a heading of what is wanted ("Online-Seminare"); all of them, not
 * the one just shown ("Gibt es die Seminare auch in Leichter Sprache?", "Welche Onlineseminare gibt es im Januar?" — before,
 * the compound read as a question whether the seminar just shown is held online in January).
 */
export const SEMINARS_PLURAL = /\b\w*(?:seminare|kurse|workshops|fortbildungen|schulungen|weiterbildungen|veranstaltungen|webinare|angebote)\b/;

/** "Wo ist das?", "Wie lange dauert es?", "Gibt es da noch Plätze?" right after a seminar's details: a question about that seminar. */
export function asksAboutShownSeminar(tokens: readonly string[], folded: string): boolean {
  return pointsBackToShown(tokens, folded) && DETAIL_ASKED.test(folded);
}

/** A short message, not about costs nor about seminars in general: one that may ask about what was just shown. */
function shortOfWhatWasShown(tokens: readonly string[], folded: string): boolean {
  return tokens.length > 0 && tokens.length <= ABOUT_SHOWN_WORDS && !ABOUT_COST.test(folded) && !SEMINARS_PLURAL.test(folded);
}

/** A short message pointing back at the seminar just shown ("Gibt es das auch im Herbst?"), not at seminars in general nor at costs. */
export function pointsBackToShown(tokens: readonly string[], folded: string): boolean {
  return shortOfWhatWasShown(tokens, folded) && POINTS_BACK_TO_IT.test(folded);
}

/** When, where, how long or in which format, asked as a question ("Wo finden die statt?", "Online oder in Präsenz?") — not one wish to narrow by ("Finden die vor Ort statt?"). */
const LISTED_DETAIL_ASKED =
  /^(?:und )?(?:wo|wann|wie lange|bis wann|ab wann|von wann bis wann|um wie ?viel uhr|wie spaet)\b|\b(?:dauern|dauert|dauer|ganzen tag|uhrzeit\w*|beginnen|anfangen|fangen (?:\w+ )?an)\b|\b(?:online|praesenz|vor ort|hybrid)\b oder (?:in |vor )?\b(?:online|praesenz|ort|hybrid)\b/;
/** The seminars just listed, by a pronoun: "die" or "sie" not followed by a noun ("Wann sind die?", "Dauern die den ganzen Tag?"; not "die Anmeldung"). */
const POINTS_BACK_TO_THEM = /\b(?:die|diese|sie)\b(?= (?:denn|eigentlich|immer|so|jeweils|ungefaehr|genau|statt|an|los|online|in|vor|den|meistens|alle|lange|bis)\b|$)/;

/** "Wo finden die statt?", "Wann sind die?", "Sind die online oder in Präsenz?", "Dauern die den ganzen Tag?" right after a list: when, where and how its seminars are held. */
export function asksAboutListedSeminars(tokens: readonly string[], folded: string): boolean {
  return shortOfWhatWasShown(tokens, folded) && LISTED_DETAIL_ASKED.test(folded) && POINTS_BACK_TO_THEM.test(folded);
}

/**
 * Whether the answer just given holds for seminars of a format too, asked as a fragment: "Auch für Online-Seminare?", "Und
 * bei Online-Seminaren?", "Gilt das auch online?", "Und bei Hybrid?". Not the format alone ("Online-Seminare?" asks for them).
 */
const SAME_FOR_FORMAT =
  /^(?!online|hybrid|praesenz|vor ort)(?:und |aber )?(?:gilt das |ist das |geht das |klappt das |und das |das )?(?:auch |genauso |ebenso )?(?:(?:fuer|bei|mit) (?:den |die |dem )?)?(?:online|hybrid|praesenz|vor ort)\w*(?: (?:seminar\w*|workshop\w*|kurs\w*|veranstaltung\w*|termin\w*|angebot\w*|fortbildung\w*|format\w*))?(?: (?:so|auch))?$/;

export function asksSameForFormat(folded: string): boolean {
  return SAME_FOR_FORMAT.test(folded);
}

export function asksEnquiryStatus(folded: string): boolean {
  return ENQUIRY_STATUS.test(folded);
}

/**
 * Someone new to the chat who says nothing else wants to know what it does ("neu" is no wish to start again): "Ich bin neu
 * hier.", "Hallo, bin neu hier und blick noch nicht durch", "Ich bin neu hier, was kannst du?", "Was kannst du alles? Bin neu hier."
 */
const NEW_HERE =
  /^(?:(?:hey|hallo|hi|moin|na|so|also|ok|okay) )*(?:(?:was|wobei) (?:kannst du|hilfst du)(?: (?:alles|eigentlich|denn|so))* )?(?:ich )?bin (?:(?:noch|ganz|voellig|total|komplett|echt) )*neu (?:hier|im chat|dabei)(?: (?:und|aber) (?:ich )?(?:kenne?|blicke?|weiss|verstehe?) (?:(?:mich|noch|nicht|gar|so|ganz|recht|richtig|null|durch|aus|hier) )*(?:aus|durch|nichts|nix))?(?: (?:was|wie|wobei) (?:kannst du|kann ich (?:hier|dich) \w+|kann man hier \w+|funktioniert das(?: hier)?|geht das(?: hier)?|hilfst du)(?: (?:alles|eigentlich|denn|so|mir))*)?$/;

/** How to use the bot itself: "Ich weiß nicht so recht, wie ich dich benutzen soll", "Wie bediene ich diesen Chatbot?" (not a chat in Teams, nor how to use it better with a screen reader: "wie ich dich besser bedienen kann"). */
const HOW_TO_USE_YOU = /\bwie (?:ich|man|wir) (?:dich|den bot|den chatbot|den inklusionsprofi|diesen (?:chat|bot|chatbot)) (?:benutz|bedien|nutz|verwend)\w*|\bwie (?:benutze|bediene|nutze|verwende) (?:ich|man) (?:dich|den bot|den chatbot|den inklusionsprofi|diesen (?:chat|bot|chatbot))\b|\bhow (?:do|can|should) i use you\b/;

export function asksWhatBotCan(folded: string): boolean {
  return WHAT_CAN_YOU_DO.test(folded) || NEW_HERE.test(folded) || HOW_TO_USE_YOU.test(folded);
}

export function addressesBot(folded: string): boolean {
  return ABOUT_BOT.test(folded);
}

/**
 * "Gibt es auch X oder nur Y?", "… auch für Ehrenamtliche oder eher für Fachkräfte?", "nur auf Deutsch
 * oder auch …": asking what the programme covers, not for a list of seminars or for a recommendation.
 */
const SCOPE_QUESTION = /\b(?:auch|nur|eher)\b.*\boder (?:\w+ )?(?:nur|eher|ausschliesslich|bloss|lediglich|auch)\b|\bnur (?:auf|in|fuer|an|von)\b.*\boder (?:\w+ ){0,3}auch\b/;

/**
 * "Welche Inhalte umfasst das Qualifizierungsangebot im Bereich X?", "Welche Inhaltsbereiche deckt das Programm ab?", "Umfasst das
 * Qualifizierungsangebot auch Inhalte zu …?": what the programme's offer holds, asked of the offer as a whole.
 */
const PROGRAMME_CONTENTS =
  /\b(?:welche|was fuer) (?:inhalte|inhaltsbereiche|themen|themenbereiche|schwerpunkte|qualifizierungsschwerpunkte|lerninhalte|inhaltlichen schwerpunkte) (?:\w+ ){0,3}?(?:umfasst|umfassen|beinhaltet|beinhalten|deckt|decken|vermittelt|vermitteln) (?:(?:das|die|euer|eure|ihr|ihre) )?(?:\w+ )?(?:qualifizierungs|fortbildungs|weiterbildungs|bildungs)(?:angebot|programm|reihe)\w*\b|\bumfasst (?:das|die|euer|eure|ihr|ihre) (?:qualifizierungs|fortbildungs|weiterbildungs|bildungs)(?:angebot|programm)\w* (?:auch )?inhalte\b/;

export function asksScope(folded: string): boolean {
  return SCOPE_QUESTION.test(folded) || PROGRAMME_CONTENTS.test(folded);
}

export function isProgrammeQuestion(folded: string): boolean {
  return PROGRAMME_QUESTION.test(folded);
}

/** The seminar nouns, to find each of them. */
export const SEMINAR_NOUNS = new RegExp(SEMINAR_NOUN.source, 'g');

export function mentionsSeminars(folded: string): boolean {
  return SEMINAR_NOUN.test(folded);
}

/** "Was gibt es zu …", "Gibt's auch was in Rostock?" (folded "gibt s"), "Was läuft im März", "Im März hätte ich Zeit für ein Seminar", "Zeig mir …", "Was geht von zu Hause aus?", "Kann ich da irgendwo mitmachen?", "Are there any in Rostock this spring?": asking what is on, with or without a seminar word. */
export function asksWhatIsOn(folded: string): boolean {
  return /\bob es (?:\w+ ){0,6}?(?:was|etwas|irgendwas) (?:\w+ ){0,8}?gibt\b|\b(?:are there any|is there anything) (?:(?:dates|ones|sessions|more|upcoming|else) )?(?:in|on|about|near|this|next|online|coming|around|going on)\b|\b(?:do|does) (?:you|ya|u) (?:guys |folks )?(?:have|offer|run) (?:anything|something|stuff) (?:\w+ )?(?:on|about|regarding|around)\b|\b(?:zeit|tage?|stunden) (?:\w+ ){0,2}(?:fuer|zum|zur) (?:eine?n? |ein paar |mehr |etwas )?(?:seminar\w*|fortbildung\w*|weiterbildung\w*|workshops?|schulung\w*|kurse?)\b|\bwas (?:gibt e?s|gibts|laeuft|kommt|steht an|habt ihr|bietet ihr)\b|\bwas geht\b(?! (?:das|es|ab)\b)(?!(?: \w+){0,3} bei dir\b)|\birgendwo (?:noch |auch |mal )?(?:mitmachen|teilnehmen|dabei sein|hingehen)\b|\bwas (?:steht|laeuft|kommt) (?:denn |so |da |dann |noch )+(?:\w+ ){0,6}an\b|\bzeig\w* (?:mir |uns |mal |bitte |doch )*(?:alle|was)\b|\b(?:habt ihr|haben sie|gibt e?s|gibts|bietet ihr|bieten sie) (?:auch |noch |denn |eigentlich |da |dann |so |mal )*(?:(?:im|in|am|ab|bis|nach|vor|naechste\w*|diese\w*|kommende\w*) (?:den |dem |der )?\w+ )?(?:auch |noch |denn |eigentlich |da |dann |so |mal )*(?:(?:was|etwas|irgendwas)\b|angebote? (?:zu|zum|zur|ueber|im|in|am|rund um)\b)|^(?:und )?(?:irgendwas|irgendetwas|etwas|was|noch was) (?:zu|zum|zur|ueber|rund um)\b|\b(?:was|etwas|irgendwas) (?:\w+ )?(?:lernen|dazulernen)\b|\b(?:such|brauch|braeucht)\w* (?:\w+ )?(?:was|etwas|irgendwas)\b|\b(?:wuerde|moechte|will|wollen|haette)\w*(?: \w+){0,2} (?:was|etwas|irgendwas) (?:zu|zum|zur|ueber|im|in)\b|\bob (?:\w+ ){0,3}?(?:noch |auch )?(?:was|etwas|irgendwas) (?:\w+ ){0,3}?(?:laeuft|stattfindet|ansteht|angeboten wird)\b/.test(folded);
}

/**
 * A need for training said without asking what fits: "ich solle mich weiterbilden", "Fortbildungswunsch: …",
 * "Qualifizierungsbedarf im Bereich …", "welche Qualifizierung für unsere neue Koordinatorin vorgesehen ist",
 * "Interesse an Fortbildung". A seminar word alone ("zum Workshop gehen") is no such need.
 */
const TRAINING_NEED =
  /\b(?:kennt|kenne|kennen) (?:sie|er|ich|wir) (?:\w+ ){0,3}?(?:ueberhaupt nicht|gar nicht|noch nicht|bisher nur|nur aus)\b|\b(?:kennt|kenne|kennen) (?:\w+ ){1,3}?(?:ueberhaupt nicht|gar nicht|noch gar nicht)\b|\b(?:kommt|komme|kommen) (?:\w+ ){0,3}?aus (?:einem |einer )?(?:ganz |voellig |komplett )?(?:anderen|fremden) (?:bereich|feld|beruf|job|branche|ecke)\b|\b(?:hat|habe|haben) (?:\w+ ){0,4}?noch nie (?:\w+ ){0,5}?gearbeitet\b|\b(?:mir|uns) fehl\w* (?:\w+ ){0,5}?(?:wissen|kenntnisse|erfahrung|know how|knowhow|kompetenz\w*|grundlagen)\b|\b(?:kenne|kennen) (?:mich|uns) (?:\w+ ){0,4}?(?:kaum|nicht|wenig|null) aus\b|\b(?:fortbilden|weiterbilden|qualifizieren|dazulernen|fortbilde|weiterbilde|fortbildet|weiterbildet|qualifiziere)\b|\b(?:keine[rn]?|noch nie|wenig|kaum|null|ohne) (?:\w+ ){0,4}?erfahrung\b|\b(?:so ?etwas|sowas|das) (?:\w+ )?noch nie (?:gemacht|getan)\b|\b(?:hab|habe|haben) (?:\w+ ){0,3}?(?:nie|noch nie|nicht) gelernt\b|\b(?:null|keinen|kein|keinerlei) plan (?:von|vom|davon)\b|\b(?:fortbildungs|weiterbildungs|qualifizierungs|schulungs|seminar)(?:tipps?|wunsch|wuensche|bedarf|empfehlung\w*|vorschlag|vorschlaege|idee\w*|moeglichkeit\w*|angebot\w*)\b|\b(?:qualifizierung|fortbildung|weiterbildung|schulung|seminar|workshop|training)(?:en|e|s)? (?:(?!(?:was|wie|wann|wo|ob|warum)\b)\w+ ){0,4}?(?:fuer (?:mich|uns|sie|ihn|unsere?n?|meine?n?)|vorgesehen|gesucht|gewuenscht|empfohlen|noetig|machen|besuchen)\b|\b(?:interesse an|bedarf an|wunsch nach|lust auf) (?:\w+ )?(?:fortbildung|weiterbildung|qualifizierung|schulung|seminar|workshop|training)\w*/;

/**
 * Training of another provider: "ein Seminar für Excel bei der IHK", "Welche Fortbildungen bietet das Landesjugendamt an?",
 * "Spanischkurs an der Volkshochschule". Only with a seminar word and no one saying where they work ("ich arbeite bei der VHS").
 */
const OTHER_PROVIDER =
  /\b(?:ihk|vhs|volkshochschule\w*|handwerkskammer|landesjugendamt|landesjugendaemter|tuev|dekra|fernuni\w*|fahrschule|arbeitsagentur|agentur fuer arbeit|bundesagentur|rentenversicherung|krankenkasse|berufsgenossenschaft|unfallkasse|coursera|udemy|linkedin learning|(?:privaten|anderen|externen|welcher|welchen|einem) anbieter\w*)\b/;

/**
 * Funding by the Aktion Mensch for something else than training ("Fördert die Aktion Mensch auch Freizeitfahrten?",
 * "eine Förderung für unseren Kleinbus", "Verwendungsnachweis für die bewilligte Förderung"): the Aktion Mensch's
 * project funding, or its lottery, which the bot knows nothing of. Not when training or qualification is what is funded.
 */
const AKTION_MENSCH = /\baktion[ -]?mensch\w*\b/;
const FUNDING = /\b(?:foerder\w*|zuschuss\w*|zuschuesse\w*|bewillig\w*|foerderantrag\w*|projektfoerderung\w*|gefoerdert\w*|finanzier\w*|drittmittel\w*|funding|grant|grants|funded|fund)\b/;
const FUNDED_TRAINING = /\b(?:bietet|bieten|angebot\w*|qualifizier\w*|fortbild\w*|weiterbild\w*|schulung\w*|seminar\w*|workshop\w*|kurs\w*|training\w*|bildungsangebot\w*|teilnahme\w*|referent\w*|koordination\w*|koordinator\w*)\b/;

/**
 * Benefits and services for disabled people and their families ("Persönliches Budget", "Schwerbehindertenausweis",
 * "Pflegegrad", "Eingliederungshilfe", "Schulbegleitung"): a matter for the offices that grant them, not the training
 * programme — unless training is what is asked for ("Seminar zum Persönlichen Budget").
 */
const BENEFIT =
  /\b(?:persoenliche[sn]? budget\w*|budget fuer arbeit|eingliederungshilfe\w*|schwerbehindertenausweis\w*|behindertenausweis\w*|merkzeichen|pflegegrad\w*|pflegekasse\w*|pflegegeld\w*|pflegestufe\w*|medizinische[nr]? dienst\w*|grundsicherung\w*|erwerbsminderung\w*|buergergeld\w*|wohngeld\w*|inklusionsassistenz\w*|schulbegleitung\w*|integrationshelfer\w*|nachteilsausgleich\w*|ausgleichsabgabe\w*|teilhabechancengesetz\w*|hilfsmittel\w*|rollator\w*|versorgungsamt\w*|widerspruch\w*|kuendigungsschutz\w*)\b/;

/** Registering something else with an office ("Kita-Anmeldung", "Gewerbeanmeldung", "Wohnsitz ummelden"): the offices' business too. */
const OFFICE_REGISTRATION =
  /\b(?:kita|kindergarten|krippe|hort|schule?|wohnsitz|gewerbe|hunde?|kfz|auto|fahrzeug|wohnung|strom|rundfunk|eheschliessung|geburt|sterbefall)s? ?(?:anmeldung|anmelden|abmeldung|abmelden|ummeldung|ummelden)\b|\b(?:kita ?platz|kindergarten ?platz|krippen ?platz)\w*/;

export function asksAboutBenefits(folded: string): boolean {
  return (BENEFIT.test(folded) || OFFICE_REGISTRATION.test(folded)) && !FUNDED_TRAINING.test(folded);
}

/** The time of day, today's date or the weather: "Wie spät ist es?" shares "spät" with registering too late. */
const CLOCK_OR_WEATHER =
  /^(?:(?:und|sag mal|weisst du|kannst du mir sagen) )?(?:wie spaet ist es|wie viel uhr (?:ist es|haben wir)|wieviel uhr (?:ist es|haben wir)|welche uhrzeit (?:ist es|haben wir)|welcher tag ist heute|welches datum (?:ist|haben wir) heute|den wievielten haben wir(?: heute)?|what time is it|what day is it)(?: (?:gerade|jetzt|eigentlich|heute|denn|bei dir|bei euch))*$|^(?:wie wird )?(?:das )?wetter(?: (?:heute|morgen|am wochenende|in \w+(?: \w+)?))*$|\bwie wird das wetter\b|\bweather (?:today|tomorrow|forecast)\b/;

export function asksClockOrWeather(folded: string): boolean {
  return CLOCK_OR_WEATHER.test(folded);
}

/** The Aktion Mensch lottery: "Gewinnzahlen", "Losnummer prüfen", "mein Los kündigen", "die nächste Ziehung". */
const LOTTERY =
  /\b(?:lotterie\w*|lotto\w*|losnummer\w*|gewinnzahl\w*|jackpot\w*|ziehung\w*|gewinnspiel\w*|gewinnchance\w*|(?:mein|meine|ein|mehrere|zwei|drei|aktion mensch) lose?|lose? (?:kaufen|verschenken|kuendigen|pruefen|gewonnen|abbestellen))\b/;

/** Winning something with the Aktion Mensch: its lottery ("Kann man bei der Aktion Mensch ein Haus gewinnen?"). */
const WINNING = /\b(?:gewinnen|gewinnt|gewonnen|gewinne|gewinner\w*|hauptgewinn\w*|traumhaus\w*|sofortrente\w*)\b/;

export function asksOtherFunding(folded: string): boolean {
  // "Aktion-Mensch-Los", "Aktion-Mensch-Förderung" are folded into one word ("aktionmenschlos"): its parts read apart.
  const text = folded.includes('aktionmensch') ? folded.replace(/\baktionmensch(?=\w)/g, 'aktion mensch ') : folded;
  if (LOTTERY.test(text) || (AKTION_MENSCH.test(text) && WINNING.test(text))) return true;
  return AKTION_MENSCH.test(text) && FUNDING.test(text) && !FUNDED_TRAINING.test(text);
}

/** A course of any kind, compounds included ("Gebärdensprachkurs", "Aufbaukurs", "Excel-Schulung"). */
const ANY_COURSE = /\w*(?:kurs|kurse|kursen|seminar\w*|schulung\w*|lehrgang\w*|fortbildung\w*|weiterbildung\w*|workshop\w*|training\w*|course\w*)\b/;

/** Looking for a job ("Ich suche eine Stelle als Heilerziehungspfleger*in", "Habt ihr Stellenangebote?") or asking its pay: the programme offers training, not jobs. */
const JOB_SEARCH =
  /\b(?:suche|suchen|sucht|bewerbe|bewerben|bewerbung) (?:\w+ ){0,3}?(?:stelle|arbeitsstelle|anstellung|job|jobs|arbeit|ausbildungsplatz|praktikumsplatz|praktikum)(?: als| in| im| bei)\b|\b(?:stellenangebot\w*|jobangebot\w*|stellenanzeige\w*|stellenausschreibung\w*|jobboerse\w*|job offers?|job openings?|vacanc\w*)\b|\b(?:bewerbe|bewerben|bewerbn|jobs?) (?:\w+ ){0,3}?bei (?:der )?aktion mensch\b|\bbei (?:der )?aktion mensch (?:\w+ ){0,3}?(?:arbeiten|bewerben|anfangen|jobs?|offene stellen)\b|\b(?:sucht ihr|suchen sie|sucht (?:die )?aktion mensch) (?:\w+ ){0,2}?(?:(?:gerade|grad|momentan|aktuell|noch) )?(?:\w+ )?(?:leute|mitarbeiter\w*|personal|verstaerkung)\b/;

/**
 * Pay for a job ("Gehalt Projektleitung?", "Wie viel verdienen Netzwerkkoordinator*innen im TVöD?", "Eingruppierung nach TVöD"):
 * a question of employment too, which the knowledge does not answer.
 */
const SALARY = /\b(?:gehalt|gehaelter|gehalts\w*|verdienst|eingruppierung\w*|entgeltgruppe\w*|entgeltordnung\w*|tvoed\w*|tvl|tv l|salary|salaries|pay scale)\b|\b(?:was|wie ?viel) (?:\w+ ){0,2}?(?:verdient|verdienen|verdiene|earns?|paid)\b/;

/**
 * Paying for something out of one's pay is a question of its price ("Muss ich das Seminar von meinem Gehalt bezahlen?"); a
 * salary funded is a question of funding ("Also, does Aktion Mensch fund the coordinator's salary?").
 */
const PAYING = /\b(?:bezahl\w*|zahl\w*|kost\w*|erstatt\w*|uebernimmt|uebernehmen|foerder\w*|finanzier\w*|zuschuss\w*|fund\w*|pay for|pays for)\b/;

export function looksForJob(folded: string): boolean {
  return JOB_SEARCH.test(folded) || (SALARY.test(folded) && !PAYING.test(folded));
}

/**
 * Who holds a local office, or how to reach them ("Wer ist bei uns im Landkreis die Behindertenbeauftragte?", "Wie finde ich
 * die Inklusionsbeauftragte unserer Gemeinde?", "Wer ist die Schwerbehindertenvertretung in meiner Firma?"): people of a town
 * or workplace, whom the knowledge does not name — not the education team ("Wer ist bei der Aktion Mensch zuständig?").
 */
const LOCAL_OFFICE_HOLDER =
  /\b(?:wer (?:ist|sind|waere|war)|wie (?:finde|erreiche|kontaktiere|erreicht|findet|kriege|krieg|bekomme) (?:ich|man)|wo (?:finde|erreiche) (?:ich|man)|an wen (?:wende|wendet) (?:ich|man) (?:mich|sich) (?:beim|bei der|bei dem|im)|kennst du|kennen sie|wissen sie|weisst du)\b(?: \w+){0,5}? (?:die|der|den|das|unsere[nmrs]?|meine[nmrs]?|unser|mein|eure[nmrs]?|euer|deren|dessen|zustaendige[nrm]?) (?:\w+ )?(?:behindertenbeauftragte\w*|inklusionsbeauftragte\w*|schwerbehindertenvertret\w*|gleichstellungsbeauftragte\w*|buergermeister\w*|oberbuergermeister\w*|landraetin|landrat|personalrat|betriebsrat|sozialamt|sozialamts|integrationsamt|integrationsamts|versorgungsamt|versorgungsamts|teilhabeberat\w*|eutb)\b/;

export function asksLocalOfficeHolder(folded: string): boolean {
  return LOCAL_OFFICE_HOLDER.test(folded);
}

/**
 * What the programme never teaches, said as a course's subject: "Erste-Hilfe-Kurs", "Führerschein", "Scrum Master", "Staplerschein",
 * "Excel-Schulung" — another provider's training, wherever it is asked for.
 */
const OTHER_COURSE_SUBJECT =
  /\b(?:erste ?hilfe\w*|ersthelfer\w*|fuehrerschein\w*|fuehrerschien\w*|staplerschein\w*|gabelstapler\w*|scrum\w*|prince ?2|itil|excel(?:kurs\w*|schulung\w*|seminar\w*|training\w*)?|sap|yoga\w*|pilates|schwimmkurs\w*|tanzkurs\w*|kochkurs\w*|sprachkurs\w*|deutschkurs\w*|englischkurs\w*|integrationskurs\w*|brandschutz\w*|hygieneschulung\w*|arbeitsschutz\w*|sicherheitsschulung\w*)\b/;

export function namesOtherProvider(folded: string): boolean {
  return (OTHER_PROVIDER.test(folded) || OTHER_COURSE_SUBJECT.test(folded)) && ANY_COURSE.test(folded) && !ROLE_STATEMENT.test(folded);
}

export function needsTraining(folded: string): boolean {
  return TRAINING_NEED.test(folded);
}

/**
 * "[Einen Überblick über alles,] was ihr zu Barrierefreiheit anbietet", "was Leuten aus dem Ehrenamt angeboten wird": what the
 * programme offers on something or to someone, asked without a seminar word (not "in welchen Formaten … angeboten werden": how).
 */
const OFFERED_ON = /\b(?:was|welche\w*) (?:ihr|sie|du) (?:(?!fuer\b)\w+ ){0,6}?(?:anbietet|anbieten|anbietest|im angebot habt|im angebot haben)\b|\bwas (?:\w+ ){0,6}?angeboten (?:wird|werden)\b|\bwas (?:wird|werden) (?:\w+ ){0,6}?angeboten\b/;

/**
 * When or how the writer could come, told instead of asked: "Am 12. Februar hätte ich den ganzen Tag Zeit", "ich kann
 * eigentlich nur vormittags", "von zu Hause aus wäre ideal".
 */
const AVAILABLE =
  /\b(?:haette|habe|hab|haetten|haben) (?:ich |wir )?(?:\w+ ){0,4}?(?<!\b(?:keine|kaum|wenig|nie|null|leider) )zeit$|\b(?:kann|koennte|koennen) (?:ich |wir )?(?:\w+ ){0,2}?nur (?:noch )?(?:vormittags|nachmittags|abends|morgens|montags|dienstags|mittwochs|donnerstags|freitags|samstags|online|digital|von zu hause(?: aus)?|am (?:vormittag|nachmittag|abend|wochenende))$|\b(?:waere|waer) (?:mir |uns )?(?:ideal|am besten|perfekt|optimal)$/;

export function tellsWhenAvailable(folded: string): boolean {
  return AVAILABLE.test(folded);
}

export function asksWhatIsOffered(folded: string): boolean {
  return OFFERED_ON.test(folded);
}

export function isSeeking(folded: string): boolean {
  return SEEKING.test(folded) || asksHowLongSeminar(folded);
}

/** How long a seminar named by its topic or kind takes ("Wie lange dauert die Moderationsfortbildung?"). */
export function asksHowLongSeminar(folded: string): boolean {
  return HOW_LONG_SEMINAR.test(folded);
}

/**
 * How long a seminar named by its topic takes: "wie lang geht der workshop zu öffentlichkeitsarbeit", "Wie lange dauert das
 * Seminar Netzwerke steuern?" — its list shows the times.
 */
const HOW_LONG_SEMINAR = /\bwie lange? (?:dauert|dauern|geht|gehen|laeuft|laufen) (?:denn |eigentlich )?(?:das|der|dieses?|dieser) (?:seminar|workshop|webinar|kurs|training)\w* (?!(?:denn|dann|eigentlich|so|ungefaehr|etwa|insgesamt|normalerweise|immer|meistens|jeweils|heute|morgen|jetzt|noch|genau|also|bei|mit|fuer|in|im)\b)\w{4,}|\bwie lange? (?:dauert|dauern|geht|gehen|laeuft|laufen) (?:denn |eigentlich |so )?(?:das|der|die|dieses?|diese[rn]?|euer|eure|ihr|ihre)? ?(?:\w+ )?(?:seminar|workshop|fortbildung|kurs|schulung|weiterbildung|training|webinar)\w* (?:zu|zum|zur|ueber|fuer|in|im)\b|\bwie lange? (?:dauert|dauern|geht|gehen|laeuft|laufen) (?:denn |eigentlich |so )?(?:(?:das|der|die|dieses?|diese[rn]?) )?(?!(?:das|der|die|dieses?|diese[rn]?|ein|eine|einen|so|euer|eure|ihr|ihre)\b)\w{3,} ?(?:seminar|workshop|fortbildung|kurs|schulung|weiterbildung|training|webinar)\w*$/;

export function namesSeminar(folded: string): boolean {
  return NAMED_SEMINAR.test(folded);
}

/**
 * Asking what training costs or why it matters ("was kosted die fortbildung für netzwerkkordinatorn", "Warum ist Fortbildung
 * für Inklusionsprojekte so wichtig?"): a question about the programme, though it names training for someone.
 */
const ABOUT_TRAINING = /\b(?:was|wieviel|wie viel|wie teuer)\b (?:\w+ ){0,2}?(?:kost\w*)\b|\b(?:warum|wieso|weshalb)\b/;

export function isTrainingRequest(folded: string): boolean {
  return TRAINING_REQUEST.test(folded) && !ABOUT_TRAINING.test(folded);
}

export function isRoleStatement(folded: string): boolean {
  return ROLE_STATEMENT.test(folded);
}

export function isNotHelpful(folded: string): boolean {
  return NOT_HELPFUL.test(folded) || (FRUSTRATION.test(folded) && folded.split(' ').length <= FRUSTRATION_WORDS);
}

export function wantsHuman(folded: string): boolean {
  return CONTACT_HUMAN.test(folded);
}

/** Typed feedback right after an answer: true "hat geholfen", false "nein"/"nicht hilfreich", undefined otherwise. */
export function feedbackIn(folded: string): boolean | undefined {
  if (HELPFUL_WORDS.test(folded)) return true;
  if (UNHELPFUL_WORDS.test(folded) || isNotHelpful(folded)) return false;
  return undefined;
}

/** Wanting to register ("ich möchte mich … anmelden", "Anmeldeformalitäten", "dass ich mich … eintrage"), not a registration done or undone. */
const REGISTER_WISH = /\b(?:anmelden|anmeldung|anmeldeformalitaeten|registrieren|registern|register|sign up|melde (?:mich|uns) (?:\w+ ){0,6}?an|(?:mich|uns) (?:\w+ ){0,6}?(?:eintragen|eintrage|einschreiben))\b/;
const REGISTRATION_DONE = /\b(?:angemeldet|cancel\w*|abgeschickt|abgesendet|storn\w*|abmeld\w*|abzumelden|absag\w*|zurueckzieh\w*|zuruecknehm\w*|zurueckgenommen|rueckgaengig|umbuch\w*|ummeld\w*|umzumelden)\b/;
/**
 * How it goes or what it takes: "wie geht das?", "was brauchen Sie von mir?", "welche Angaben sind erforderlich?", "was muss ich
 * tun?", "was muss ich euch alles schicken?", "… weiß nicht, wie das mit dem Anmelden geht", "Geht das hier?", "wie gehe ich vor?",
 * "what do you need from me?", "How do I register …? Do I need to send an email?", "…, weiß aber nicht, was Sie alles von mir brauchen", "…, hab aber
 * keinen plan wie", ". Welche Angaben brauchen Sie dafür von mir?".
 */
const HOW_IT_GOES =
  /\b(?:wie (?:geht|funktioniert|laeuft|klappt) (?:das|es|sowas|so was)|wie (?:starte|beginne|fange) ich|wie (?:kann|soll) ich (?:\w+ ){0,3}?(?:beginnen|starten|anfangen)\b|wie (?:das|es) mit (?:dem|der) anmeld\w* (?:geht|funktioniert|laeuft|klappt)|wie (?:mache|mach) ich (?:das|es)|wie (?:gehe|geh) ich (?:da |dabei |dafuer )?vor|wie (?:melde|meld|kann) ich mich|(?:geht|klappt|funktioniert) (?:das|es) (?:auch )?(?:hier|ueber (?:euch|sie|dich|den chat|den bot)|bei (?:euch|ihnen|dir)|direkt hier)|was (?:brauch\w*|benoetig\w*) (?:sie|ihr|du)|welche (?:angaben|daten|unterlagen|informationen|infos)|was muss ich (?:(?:da|dafuer|dazu|dann|euch|ihnen|dir|alles) )*(?:tun|machen|angeben|einreichen|mitschicken|schicken|senden|mitteilen)|(?:ich )?(?:weiss|weis|hab|habe)(?: aber)?(?: ich)? (?:nicht|keinen plan|keine ahnung)(?: so recht| genau| so genau)?,? (?:wie(?: (?:das|es) (?:geht|funktioniert|laeuft|klappt)| ich (?:das|da) (?:mache|anstelle)| ich vorgehen \w+)?$|was (?:sie|ihr|du) (?:dafuer |denn |noch )*(?:alles )?(?:von (?:mir|uns) )?(?:brauch\w*|benoetig\w*))|welche \w+ (?:brauch\w*|benoetig\w*) (?:du|ihr|sie) (?:dafuer |denn |noch )*(?:alles )?von (?:mir|uns)|what do you need|how does (?:it|that|this) work|how do i (?:do (?:it|that)|register|sign up)|do i (?:need|have) to send an? e ?mail)\b.*$/;

/**
 * The question how to register, asked together with the wish to ("Ich will mich für das Seminar zu Netzwerkarbeit anmelden,
 * wie geht das?"): the clause that asks it, as a question about registering ("wie geht das fuer die anmeldung") — the seminar
 * named is the context, not the question.
 */
export function howToRegisterQuestion(folded: string): string | undefined {
  if (!REGISTER_WISH.test(folded) || REGISTRATION_DONE.test(folded)) return undefined;
  const how = HOW_IT_GOES.exec(folded);
  // "Was braucht ihr von mir, wenn ich mich für das Online-Seminar zur Leichten Sprache anmelden will?": the seminar is the wish's, the question is how.
  if (!how) return undefined;
  const asked = how[0].replace(HOW_CLAUSE_END, '');
  // Asked in the FAQ's words: the English question how in German, what to send in the words of the FAQ on what an enquiry says.
  const german = IN_THE_FAQS_WORDS.find(([said]) => said.test(asked))?.[1] ?? asked;
  return `${german} fuer die anmeldung`;
}

/** The questions how of HOW_IT_GOES that the FAQ words otherwise: English ones, what to send ("was muss ich euch alles schicken"). */
const IN_THE_FAQS_WORDS: Array<[RegExp, string]> = [
  [/^what do you need/, 'was brauchen sie von mir'],
  [/^(?:was|welche \w+) (?:brauch|benoetig)\w* (?:sie|ihr|du)\b/, 'was brauchen sie von mir'],
  [/^how does/, 'wie funktioniert das'],
  [/^wie (?:starte|beginne|fange|kann|soll) ich/, 'wie melde ich mich an'],
  [/^(?:do i|how do i (?:register|sign up))/, 'wie melde ich mich an'],
  [/^how do i/, 'wie mache ich das'],
  [/^was muss ich (?:(?:da|dafuer|dazu|dann|euch|ihnen|dir|alles) )*(?:angeben|einreichen|mitschicken|schicken|senden|mitteilen)\b/, 'welche angaben braucht ihr'],
  [/^wie (?:das|es) mit/, 'wie geht das'],
  [/^(?:geht|klappt|funktioniert) (?:das|es)/, 'wie melde ich mich an'],
  [/^wie (?:gehe|geh) ich/, 'wie geht das'],
  [/^(?:ich )?(?:weiss|weis|hab|habe)\b.* was\b/, 'was brauchen sie von mir'],
  [/^(?:ich )?(?:weiss|weis|hab|habe)\b/, 'wie melde ich mich an'],
];

/**
 * Whether one can register right here, or how long before: "kann ich mich da gleich anmelden", "wie lange vorher muss man sich
 * anmelden" — asked in the words of the FAQ entries on registering in the chat and on the deadline.
 */
export function registeringHereOrWhen(folded: string): string | undefined {
  if (REGISTRATION_DONE.test(folded)) return undefined;
  if (/\bkann (?:ich|man) (?:mich|sich) (?:(?:da|dafuer|dort|dann|auch) )*(?:gleich|direkt|sofort|hier|jetzt|bei euch|bei ihnen|online|im chat)(?: \w+){0,2} anmelden\b/.test(folded)) return 'wie melde ich mich im chat an';
  if (/\bwie (?:lange|lang|weit|frueh|viele tage|viele wochen) (?:vorher|im voraus|vorab|davor)\b.*\banmeld/.test(folded)) return 'bis wann kann ich mich anmelden';
  if (MUST_REGISTER.test(folded) && !NOT_WHETHER_TO_REGISTER.test(folded)) return 'muss ich mich fuer ein seminar anmelden';
  if (REGISTERING_BY.test(folded)) return 'wie melde ich mich im chat an';
  return undefined;
}

/**
 * Registering another way than in the chat: "Anmeldung per Telefon?", "Kann ich mich auch telefonisch anmelden?", "Anmeldung
 * per Teams?" — the FAQ on registering in the chat says how it goes.
 */
const REGISTERING_BY =
  /\b(?:anmeld\w*|registrier\w*)\b(?: \w+){0,3}? (?:per|ueber|via|am|mit) (?:telefon|teams|fax|post|brief|anruf)\b|\b(?:telefonisch|per telefon|per fax|per post|per brief|ueber teams|per teams) (?:\w+ ){0,2}?(?:anmelden|anmeldn|anmelen|registrieren)\b/;

/** Whether one must register at all: "muss man sich für die Online-Seminare auch anmelden", "oder kann man einfach den Link nehmen?". */
const MUST_REGISTER =
  /\b(?:muss|muessen) (?:ich|man|wir) (?:mich|sich|uns) (?:\w+ ){0,6}?(?:anmelden|anmeldn|anmelen|registrieren)\b|\b(?:kann|koennen) (?:ich|man|wir) (?:\w+ )?einfach (?:so )?(?:vorbeikommen|hinkommen|hingehen|teilnehmen|mitmachen|dazukommen|den link)\b/;
/** Not whether, but when, how often or for whom: "Bis wann muss ich mich anmelden?", "für jedes Seminar einzeln", "neu anmelden", "was passt für mich und …", "Ich begleite eine Selbstvertreterin – muss ich mich extra anmelden?". */
const NOT_WHETHER_TO_REGISTER = /\b(?:wann|wan|einzeln|neu|nochmal|nochmals|erneut|jedes|jeden|jede|passt|passen|empfehl\w*|begleit\w*|assisten\w*)\b/;

/** Where the question how ends and a clause about the wish begins ("…, wenn ich mich für … anmelden will"). */
const HOW_CLAUSE_END = /\s(?:wenn|falls|sobald|damit|um mich|um uns)\s.*$/;

/**
 * Asking whether something is so, not for something: "Gibt es die Seminare auch in Leichter Sprache?", "Sind die Workshops
 * barrierefrei?", "… ob es auch Seminare gibt, die …", "Are the seminars …?" — a yes/no question or an indirect "ob".
 */
const WHETHER = /^(?:gibt(?: es| s)?|gibts|gibs|sind|finden|laufen|werden|bietet|bieten|habt|haben|kann man|koennen|is there|are there|are|do you|does)\b|\bob\b/;

export function asksWhether(folded: string): boolean {
  return WHETHER.test(folded);
}

/** An enquiry or registration already sent: "Ich habe mich letzte Woche … angemeldet", "Ich hatte die Anfrage abgeschickt", "Ich bin für … eingetragen". */
const SENT = /\b(?:habe|hab|hatte|hatten|haben) (?:\w+ ){0,12}?(?:angemeldet|abgeschickt|geschickt|gesendet|eingetragen)\b|\b(?:bin|sind) (?:\w+ ){0,6}?(?:angemeldet|eingetragen)\b/;
/** Wanting it changed, added to, handed on or withdrawn. */
const CHANGE = /\b(?:an (?:dem|diesem) tag|ausgerechnet (?:da|dann|an dem tag|an diesem tag|am selben tag)|(?:fuer|auf) (?:den|diesen) tag|am (?:selben|gleichen) tag|verschieben|uebertragen|stattdessen|geaendert|nachtragen|nachreichen|aendern|korrigier\w*|wechseln|umbuchen|ummelden|tauschen|statt (?:mir|ihr|ihm)|an meiner stelle|zweimal|doppelt|falsch\w*|absagen|abmelden|stornier\w*|zurueckziehen|nicht (?:kommen|teilnehmen|hingehen)|verhindert|krank\w*|dazwischen\w*|doch nicht|(?:passt|kann|koennen|geht) (?:\w+ ){0,3}?nur noch|passt (?:\w+ ){0,4}?nicht|nicht mehr (?:\w+ ){0,2}?(?:kann|koennen|darf|duerfen|reisen|fahren)|nicht verlaengert)\b|\b(?:sage|sagen|melde|melden) (?:ich |wir )?(?:mich |uns )?(?:\w+ ){0,2}?ab\b/;

/**
 * Not coming to a seminar one is booked for: "ich kann am Donnerstag doch nicht zum Workshop kommen", "bin an dem Tag verhindert",
 * "Am 20. Januar kann ich jetzt doch nicht", "Bin beim Workshop am 12. doch nicht dabei", "Meine Teilnahme am Donnerstag muss leider ausfallen".
 */
const CANCELS_ATTENDANCE =
  /\b(?:(?:ich|wir) (?:kann|koennen|werde|werden)|(?:kann|koennen|werde|werden) (?:ich|wir)) (?:\w+ ){0,6}?nicht (?:\w+ ){0,4}?(?:kommen|teilnehmen|hingehen|dabei sein|erscheinen)\b|\b(?:ich|wir) (?:\w+ ){0,8}?nicht (?:\w+ ){0,4}?(?:kommen|teilnehmen|hingehen|dabei sein|erscheinen) (?:kann|koennen|werde|werden)\b|\b(?:bin|sind) (?:\w+ ){0,5}?verhindert\b|\b(?:(?:ich|wir) (?:kann|koennen)|(?:kann|koennen) (?:ich|wir)) (?:\w+ ){0,3}?doch nicht\b|\b(?:bin|sind) (?:\w+ ){0,6}?nicht dabei\b|\b(?:meine|unsere) teilnahme (?:\w+ ){0,5}?(?:muss|wird|faellt) (?:\w+ ){0,2}?(?:ausfallen|aus)\b|\b(?:der|dieser|mein|unser) termin (?:\w+ ){0,5}?passt (?:\w+ ){0,4}?nicht\b|\bdazwischengekommen\b/;
/** Which day: the booked one ("am Donnerstag", "an dem Tag", "nächste Woche", "doch nicht"), not coming in general ("Ich kann nicht reisen"). */
const BOOKED_DAY = /\b(?:doch|verhindert|an dem tag|am (?:\w+tag|mittwoch|\d+\w*|wochenende)|morgen|uebermorgen|heute|naechste woche|diese woche|kommende woche)\b/;
/**
 * "Was passiert, wenn ich nicht kommen kann?" asks what would happen, "…, wie sage ich ab?" how to cancel, "Kann ich doch nicht
 * einfach so hingehen?" whether it is allowed: questions the FAQ answers.
 */
const SUPPOSING = /\b(?:wenn|falls|sollte|sollten|angenommen|wie|nicht einfach)\b/;

/** A seminar's materials: "Unterlagen", "Seminarunterlagen", "Folien", "Handouts". */
const MATERIALS = /\b\w*unterlagen\b|\b(?:materialien|folien|skripte?|handouts?|slides)\b/;

export function namesMaterials(folded: string): boolean {
  return MATERIALS.test(folded);
}

/**
 * What the Aktion Mensch itself advises ("Empfiehlt die Aktion Mensch etwas dazu, wie man solche Stellen besetzt?", "Gibt es von
 * Aktion Mensch Empfehlungen, nach welchen Kriterien …", "Existiert seitens der Aktion Mensch eine diesbezügliche Empfehlung?"):
 * a question about the programme, not a request for a recommendation of seminars (interpret.ts reads it so only where no seminar
 * word names training as the thing advised: "Welche Seminare empfiehlt die Aktion Mensch für Kämmerer?" asks what fits).
 */
const PROGRAMMES_ADVICE =
  /\b(?:empfiehlt|empfehlen|raet) (?:\w+ ){0,2}?(?:die )?aktion mensch\b|\baktion mensch (?:\w+ ){0,4}?(?:empfiehlt|empfehlen|raet)\b|\b(?:empfehlung\w*|ratschlaege) (?:\w+ ){0,2}?(?:von|der|seitens) (?:der )?aktion mensch\b|\b(?:von|seitens) (?:der )?aktion mensch (?:\w+ ){0,3}?(?:empfehlung\w*|ratschlaege)\b/;

export function asksProgrammesAdvice(folded: string): boolean {
  return PROGRAMMES_ADVICE.test(folded);
}

/**
 * A need of one's own, or of a colleague, told rather than asked: an impairment ("Ich bin schwerhörig", "Meine Kollegin ist
 * blind", "Ich sitze im Rollstuhl", "I'm deaf") or an aid ("nutzt einen Screenreader", "mein Blindenführhund", "guide dog").
 */
const STATES_NEED =
  /\b(?:bin|ist|sind|bist) (?:\w+ ){0,2}?(?:blind|sehbehindert|schwerhoerig|gehoerlos|taub|hoerbehindert|hoergeschaedigt|autist\w*|autistisch|rollstuhlfahrer\w*|rollifahrer\w*|gehbehindert|chronisch krank)\b|\b(?:nutze|nutzt|nutzen|brauche|braucht|brauchen|braeuchte|braeuchten|benoetige|benoetigt|benoetigen|habe|hat|haben) (?:\w+ ){0,3}?(?:screenreader|rollstuhl|rollator|hoergeraete?|blindenhund|blindenfuehrhund|fuehrhund|assistenzhund|cochlea ?implantat|induktionsschleife|hoerschleife|hoeranlage|lernschwierigkeit\w*|lernbehinderung|sehbehinderung|hoerbehinderung|gehbehinderung)\b|\b(?:ich komme|ich bringe|wir kommen|wir bringen|komme ich|bringe ich) (?:\w+ ){0,3}?(?:blindenfuehrhund|blindenhund|fuehrhund|assistenzhund|rollstuhl|rollator|e rolli|rolli)\b|\b(?:sitze|sitzt|sitzen) im rollstuhl\b|\b(?:mein|meine|meinen|meinem|meiner|unser|unsere|unserer|ihr|ihre|ihrer|sein|seine|seiner) (?:\w+ )?(?:blindenfuehrhund|blindenhund|fuehrhund|assistenzhund|screenreader|rollstuhl|rollator|hoergeraet|lernschwierigkeit\w*|lernbehinderung|sehbehinderung|hoerbehinderung|gehbehinderung)\b|\b(?:guide|assistance|service) dog\b|\bi (?:am|m) (?:deaf|blind|hard of hearing|autistic|a wheelchair user)\b|\b(?:lerne|lernt|lernen) (?:\w+ )?langsam\b/;

export function statesOwnNeed(folded: string): boolean {
  return STATES_NEED.test(folded);
}

/**
 * No money left for training, told rather than asked: "Unser Fortbildungsbudget für 2027 ist schon komplett verplant", "Bei uns im
 * Haushalt ist für Weiterbildung nichts mehr übrig", "Unser Topf für Fortbildungen ist leer", "kein Budget mehr für Fortbildungen" —
 * what the person needs to hear is what the seminars cost. Not a personal budget ("Mein Persönliches Budget wurde gekürzt").
 */
const NO_TRAINING_BUDGET =
  /\b(?:kein|keine|keinen|null|kaum|wenig|nichts|nix)(?: \w+){0,3} (?:budget|geld|mittel)\b(?: \w+){0,4} (?:fuer|zur|zum) (?:\w+ )?(?:fortbildung|weiterbildung|qualifizierung|schulung|seminar)\w*|\b(?:fortbildungs|weiterbildungs|qualifizierungs|schulungs)budget\w* (?:\w+ ){0,6}?(?:aufgebraucht|verplant|leer|knapp|erschoepft|ausgeschoepft|gestrichen|gekuerzt)\b|\b(?:unser|mein|das) budget (?:\w+ ){0,6}?(?:aufgebraucht|verplant|leer|knapp|erschoepft|ausgeschoepft)\b|\btopf (?:\w+ ){0,8}?leer\b|\b(?:kein|keine|keinen|null|kaum)(?: \w+){0,2} (?:fortbildungs|weiterbildungs|qualifizierungs|schulungs)budget|\bzu teuer fuer (?:unser|mein|das) budget\b|\bfuer (?:fortbildung|weiterbildung|qualifizierung)\w* (?:\w+ ){0,8}?(?:nichts|kaum|nix|kein cent)(?: \w+){0,2} (?:mehr )?(?:uebrig|eingeplant)\b|\bkaum (?:noch )?geld im budget\b/;

/**
 * Whether taking part in the training is free: "Ist die Teilnahme an den Qualifizierungsmaßnahmen … kostenfrei?", "sind die
 * seminare wirklich kostenlos", "Fallen Teilnahmegebühren an?" — a training word in the message, not only "Teilnahme" ("Ist
 * die Teilnahme am Stadtlauf kostenlos?"), and not the costs around it (travel, a stay, meals, materials, assistance).
 */
const FREE_WORD = /\b(?:kostenfrei|kostenlos|umsonst|gratis|gebuehrenfrei|unentgeltlich)\b/;
const TRAINING_OFFERED = /\b(?:seminar\w*|fortbildung\w*|weiterbildung\w*|qualifizierung\w*|workshop\w*|kurs|kurse|bildungsangebot\w*|schulung\w*|trainings?)\b/;
const FEE_WORD = /\b(?:teilnahmeentgelt|teilnahmegebuehr|kursgebuehr|seminargebuehr)\w*/;
const COSTS_AROUND = /\b(?:\w*uebernacht\w*|\w*hotel\w*|\w*verpflegung|essen|mittagessen|\w*unterlagen|\w*material\w*|assistenz\w*|begleit\w*|dolmetsch\w*|parken|parkplatz\w*|kinderbetreuung|fahrt\w*|\w*fahrkarte\w*|ticket\w*)\b/;

/** "Was kostet ein …", "Wie viel kosten die …", "how much does a … cost": a price asked, with the words after it. */
const PRICE_ASKED = /\b(?:was|wie ?viel) (?:kostet|kosten|kostete|kosteten)\b((?: \w+){0,5})|\bhow much (?:does|do|is|are|would) ((?:\w+ ?){0,5})/;
/** Words between the price asked and what it is asked of ("Was kostet *denn so ein* …"), and units it is asked per ("… im Jahr", "pro Person"). */
const PRICE_FILLER = /^(?:denn|eigentlich|so|sowas|ganze|ganzes|ganzen|spass|alles|ueberhaupt|wohl|genau|mal|bei|euch|ihnen|dir|dich|mich|mir|uns|ein|eine|einen|einem|einer|der|die|das|den|dem|des|es|aktuell|momentan|heute|noch|jetzt|dann|da|im|in|am|pro|je|zur|zum|zu|fuer|eure|euer|eurer|ihre|ihr|unsere|unser|deine|dein|insgesamt|ungefaehr|etwa|ca|jahr|monat|tag|woche|stunde|person|kopf|the|a|an|it|this|that|your|one|cost|be)$/;
/** A word that starts the next clause after the price asked. */
const CLAUSE_WORD = /^(?:wenn|falls|und|oder|aber|weil|damit|ob|wann|wie|wo|dass|if|and|or|when)$/;
/** What the programme's cost is asked of: a seminar, taking part, a place, travel and stay, material, support, the bot. */
const PROGRAMME_PRICED = /(?:seminar|kurs|workshop|fortbildung|weiterbildung|schulung|teilnahm|teilnehm|training|qualifizierung|angebot|veranstaltung|platz|plaetze|anmeld|programm|modul|webinar|reise|fahrt|anfahrt|uebernacht|hotel|verpflegung|essen|material|unterlagen|dolmetsch|assistenz|begleit|bescheinigung|zertifikat|kommune|session|course|event|participation|chat|bot|inklusionsprofi|kommune inklusiv|aktion mensch)/;

/**
 * A price asked of something that is no part of the programme: "Was kostet ein Kilo Tomaten?", "Was kostet ein Rollstuhl?",
 * "how much does a hearing aid cost?" — the first word after the asking that names what is priced names nothing of the
 * seminars, taking part in them, travel, material or support. Not "Was kostet das?", "Was kostet mich das im Jahr?".
 */
/** Whether a price is asked at all ("Was kostet …", "how much does …"): most messages ask none, and are not read further for it. */
export function asksPrice(folded: string): boolean {
  return PRICE_ASKED.test(folded);
}

export function asksPriceOfOther(folded: string): boolean {
  const m = PRICE_ASKED.exec(folded);
  if (!m) return false;
  // What is priced stands before the next clause ("Was kostet uns der Spaß, wenn ich drei Leute hinschicke?").
  const words = (m[1] ?? m[2] ?? '').trim().split(' ').filter((w) => w !== '');
  const clauseEnd = words.findIndex((w) => CLAUSE_WORD.test(w));
  const after = clauseEnd < 0 ? words : words.slice(0, clauseEnd);
  const object = after.find((w) => !PRICE_FILLER.test(w));
  return object !== undefined && object.length >= 4 && !PROGRAMME_PRICED.test(after.join(' '));
}

export function asksIfFree(folded: string): boolean {
  return ((FREE_WORD.test(folded) && TRAINING_OFFERED.test(folded)) || FEE_WORD.test(folded)) && !COSTS_AROUND.test(folded);
}

export function hasNoTrainingBudget(folded: string): boolean {
  return NO_TRAINING_BUDGET.test(folded);
}

/** Withdrawing or moving a registration: "absagen", "abmelden", "stornieren", "umbuchen", "ummelden", "sage … ab" — not refusals that come ("oder können auch Absagen kommen?"). */
const WITHDRAWS = /\b(?:absagen(?! (?:kommen|geben|bekommen|erhalten|verschickt))|abmelden|abmelen|abmeldne|stornier\w*|storno|zuruecknehmen|zurueckziehen|umbuchen|umbuchung\w*|ummelden|ummeldung\w*|umzumelden)\b|\b(?:sag|sage|sagen|meld|melde|melden) (?:ich |wir )?(?:mich |uns )?(?:\w+ ){0,5}?ab\b/;

export function withdraws(folded: string): boolean {
  return WITHDRAWS.test(folded);
}

/** A change to a registration already sent ("Ich habe mich letzte Woche angemeldet und brauche jetzt eine Begleitperson – kann ich das nachtragen?"), or not coming to it. */
export function changesSentEnquiry(folded: string): boolean {
  return (SENT.test(folded) && CHANGE.test(folded)) || (CANCELS_ATTENDANCE.test(folded) && BOOKED_DAY.test(folded) && !SUPPOSING.test(folded));
}

/**
 * Recommending a thing that is no training: "Können Sie mir ein barrierefreies Hotel in Bahnhofsnähe empfehlen?", "einen
 * barrierefreien Saal in Erlangen empfehlen". The thing is named as the object, with "ein", before the verb; a seminar, course,
 * offer or "etwas" in its place asks for training ("Können Sie mir ein Seminar empfehlen?", "… etwas empfehlen?").
 * "einem"/"einer" names whom it is recommended to ("Was würdet ihr einem Hausmeister empfehlen?"), not the thing. In English
 * the thing follows the verb ("Can you recommend a good restaurant in Erlangen?").
 */
const RECOMMENDED_THING =
  /\bein(?:e[ns]?)? ((?:\w+ ){0,4}?)(?:empfehlen|empfiehlst|empfehlt|vorschlagen|raten)\b|\brecommend (?:me |us )?(?:a|an|some|any) ((?:\w+ ){0,3}?\w+)\b/;
/** The seminar words, and what else names training as the thing recommended. */
const TRAINING_THING = new RegExp(String.raw`${SEMINAR_NOUN.source}|\b(?:training|angebot|modul|format|qualifizierung|lehrgang)`);

/** A need or the accessibility of a place: what someone asks a seminar to have. */
const ACCESS_WORD = /\b(?:barrierefrei\w*|barrierearm\w*|gebaerden\w*|schriftdolmetsch\w*|induktionsschleife\w*|hoeranlage\w*|rollstuhl\w*|stufenlos\w*|untertitel\w*|dolmetsch\w*)/;
/** The programme's own seminars and where they are held: "bei den Präsenzseminaren", "an euren Veranstaltungsorten". */
const OWN_SEMINARS =
  /\b(?:(?:bei|in|an|auf|zu|fuer|waehrend) (?:den |der |dem |ihren |ihrer |euren |eurer |allen )?(?:praesenz\w*|seminar\w*|veranstaltungsort\w*|veranstaltungsraeum\w*|workshops|fortbildungen|schulungen|kursen|raeumlichkeiten|tagungsort\w*)|(?:veranstaltungsorte|tagungsorte|seminarorte|seminarraeume|praesenzseminare|praesenzveranstaltungen)\b)/;
/** Accessibility as what a seminar is about: "Workshop zur Barrierefreiheit", "was zum Thema Barrierefreiheit", "Präsenzveranstaltungen zur barrierefreien Planung". */
const ACCESS_AS_TOPIC =
  /(?:seminare?|workshops?|kurse?|schulung(?:en)?|fortbildung(?:en)?|weiterbildung(?:en)?|veranstaltungen|angebote?|\bwas|\betwas|\bthema)(?: (?:zur|zum thema|zum|zu|ueber|fuer|about|on))? barrierefrei/;

/**
 * Whether a message asks how accessible the programme's own seminars are ("Welche Barrierefreiheitsstandards gelten bei
 * Präsenzveranstaltungen?", "… ob es bei den Seminaren Schriftdolmetschung gibt"), not for seminars about accessibility
 * ("Gibt es einen Workshop zur Barrierefreiheit?").
 */
export function asksSeminarsAccess(folded: string): boolean {
  return ACCESS_WORD.test(folded) && OWN_SEMINARS.test(folded) && !ACCESS_AS_TOPIC.test(folded);
}

export function recommendsOtherThing(folded: string): boolean {
  const m = RECOMMENDED_THING.exec(folded);
  return m !== null && !TRAINING_THING.test(m[1] ?? m[2] ?? '') && !TRAINING_THING.test(folded);
}
