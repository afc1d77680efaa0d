// German labels the bot layer needs to render cards (the assistant's own words are in src/assistant/texts.ts).
export const botTexts = {
  numberedHint: { normal: 'Antworten Sie mit der Nummer oder dem Namen.', easy: 'Schreiben Sie die Nummer.' },
  seminarList: {
    details: 'Details',
    full: 'Ausgebucht',
    alternative: 'Alternative',
    alternativeShort: 'Alternative ansehen',
    placesLeft: (n: number) => (n === 1 ? 'Noch 1 Platz frei' : `Noch ${n} Plätze frei`),
  },
  seminarDetail: {
    sessions: 'Termine',
    format: 'Format und Ort',
    audience: 'Für wen',
    accessibility: 'Barrierefreiheit',
    places: 'Plätze',
    cost: 'Kosten',
    deadline: 'Anmeldeschluss',
    calendar: 'In meinen Kalender',
    sample: 'Hinweis: Dies sind Beispieldaten. Das aktuelle Programm erfahren Sie unter kommune-inklusiv@aktion-mensch.de.',
  },
  turnError:
    'Entschuldigung, da ist bei mir etwas schiefgegangen. Bitte versuchen Sie es noch einmal. Wenn es wieder nicht klappt, schreiben Sie an kommune-inklusiv@aktion-mensch.de.',
} as const;
