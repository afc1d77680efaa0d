// The e-mail to the education team: read by staff, so in standard German only (no Leichte-Sprache
// form). Section titles of the person's fields are the field table's sections (Person, Barrierefreiheit, …).

export const teamMailTexts = {
  subject: (title: string, date: string) => `Anmeldeanfrage: ${title}${date ? ` – ${date}` : ''}`,
  waitingListSuffix: ' (Warteliste)',
  heading: 'Neue Anmeldeanfrage über den Inklusionsprofi (Kommune Inklusiv)',
  htmlTitle: 'Anmeldeanfrage',
  htmlHeading: 'Neue Anmeldeanfrage über den Inklusionsprofi',
  senderName: 'Inklusionsprofi',
  consentAt: (time: string) => `erteilt am ${time}`,
  time: (formatted: string) => `${formatted} Uhr (Zeitzone Europe/Berlin)`,
  request: {
    title: 'Anfrage',
    id: 'Anfragenummer',
    kind: 'Art',
    kindWaitingList: 'Anfrage für die Warteliste (Seminar ist ausgebucht)',
    kindRegistration: 'Anmeldeanfrage',
    received: 'Eingegangen',
  },
  seminar: { title: 'Seminar', name: 'Titel', date: 'Termin', id: 'Seminar-ID' },
  footer: [
    'Antworten Sie direkt auf diese E-Mail, um die anfragende Person zu erreichen.',
    'Die Person wurde informiert, dass die Anfrage noch keine feste Platzzusage ist.',
    'Die Einwilligung gilt der Verarbeitung dieser Angaben für die Anmeldeanfrage.',
  ],
};
