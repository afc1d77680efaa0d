// Table-driven conversation tests in the style of the Bot Framework samples: each flow is a list of
// [user says, what the reply must show], run against the real bot and the shipped knowledge.
import { describe, expect, it } from 'vitest';
import { berlinLocalToUtc } from '../../src/knowledge/time.js';
import type { Seminar } from '../../src/knowledge/schema.js';
import { buttonData, buttons, listedTitles, readable, startChat, type Chat } from './harness.js';

/** Monday, 15 February 2027, 09:00 in Berlin. */
const NOW = new Date('2027-02-15T08:00:00Z');

type Check = (replies: Awaited<ReturnType<Chat['say']>>, chat: Chat) => void;
interface Flow {
  name: string;
  steps: Array<[string | { value: Record<string, unknown>; text?: string }, Check]>;
  channelId?: string;
}

const byTitle = (chat: Chat, title: string): Seminar => {
  const s = chat.knowledge.seminars.find((x) => x.title === title);
  if (!s) throw new Error(`listed seminar not in catalogue: ${title}`);
  return s;
};
const start = (s: Seminar) => berlinLocalToUtc([...s.dates].sort((a, b) => a.start.localeCompare(b.start))[0]!.start);
const roleName = (chat: Chat, id: string) => chat.knowledge.roles.find((r) => r.id === id)!.name;

const recommendsFor = (roleId: string): Check => (replies, chat) => {
  expect(readable(replies)).toContain(roleName(chat, roleId));
  const titles = listedTitles(replies);
  expect(titles.length).toBeGreaterThanOrEqual(1);
  expect(titles.length).toBeLessThanOrEqual(5);
  for (const t of titles) {
    const s = byTitle(chat, t);
    expect(start(s).getTime(), `${t} must not be past`).toBeGreaterThan(NOW.getTime());
  }
  // Every recommendation says why it fits.
  expect(readable(replies)).toMatch(/Passt|passt|Thema|Rolle/);
};

const listsOnly = (predicate: (s: Seminar) => boolean, what: string): Check => (replies, chat) => {
  const titles = listedTitles(replies);
  expect(titles.length, `expected seminars for ${what}, got: ${readable(replies).slice(0, 300)}`).toBeGreaterThan(0);
  for (const t of titles) expect(predicate(byTitle(chat, t)), `${t} should match ${what}`).toBe(true);
};

const inMonths = (months: number[]) => (s: Seminar) => s.dates.some((d) => months.includes(Number(d.start.slice(5, 7))) && d.start.startsWith('2027'));
const says = (pattern: RegExp | string): Check => (replies) => {
  expect(readable(replies)).toMatch(typeof pattern === 'string' ? new RegExp(pattern.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')) : pattern);
};

const flows: Flow[] = [
  { name: 'recognises a coordinator from a gender form and recommends with reasons', steps: [['Ich bin Netzwerkkoordinatorin, was passt zu mir?', recommendsFor('netzwerkkoordination')]] },
  { name: 'understands "für die Verwaltung"', steps: [['Was empfehlen Sie für die Verwaltung?', recommendsFor('verwaltung')]] },
  { name: 'understands a colloquial role: "Ich mache Pressearbeit"', steps: [['Ich mache Pressearbeit', recommendsFor('oeffentlichkeitsarbeit')]] },
  { name: 'understands a role asked for in English', steps: [['I work in public relations, which training fits me?', recommendsFor('oeffentlichkeitsarbeit')]] },
  {
    name: 'asks for the role when none is given, then takes a typed answer',
    steps: [
      ['Welche Fortbildung passt zu mir?', (r, chat) => {
        expect(readable(r)).toMatch(/Welche Rolle/);
        for (const role of chat.knowledge.roles) expect(buttons(r)).toContain(role.name);
      }],
      ['Projektleitung', recommendsFor('projektleitung')],
    ],
  },
  {
    name: 'asks for the role, then takes a button click',
    steps: [
      ['Was passt zu meiner Rolle?', says(/Welche Rolle/)],
      [{ value: { action: 'role', id: 'ehrenamt' } }, recommendsFor('ehrenamt')],
    ],
  },
  {
    name: 'remembers the role and lets it be changed',
    steps: [
      ['Ich bin Netzwerkkoordinator', recommendsFor('netzwerkkoordination')],
      ['Was passt zu mir?', recommendsFor('netzwerkkoordination')],
      ['Ich bin doch in der Verwaltung', recommendsFor('verwaltung')],
    ],
  },
  { name: 'finds online seminars in March', steps: [['Online-Seminare im März', listsOnly((s) => s.format === 'online' && inMonths([3])(s), 'online in March')]] },
  { name: 'finds seminars on public relations', steps: [['Was gibt es zu Öffentlichkeitsarbeit?', listsOnly((s) => s.topics.includes('oeffentlichkeitsarbeit'), 'Öffentlichkeitsarbeit')]] },
  { name: 'finds in-person seminars in Rostock', steps: [['Präsenzseminare in Rostock', listsOnly((s) => s.format !== 'online' && s.location?.city === 'Rostock', 'Präsenz in Rostock')]] },
  { name: 'finds seminars with sign language', steps: [['Seminare mit Gebärdensprache', listsOnly((s) => s.languageOffers.dgs, 'DGS')]] },
  {
    name: 'puts the seminars the message names first ("ein Seminar zu Leichter Sprache", "das Pressearbeit-Seminar")',
    steps: [
      ['Gibt es ein Seminar zu Leichter Sprache?', (r) => expect(listedTitles(r)[0]).toMatch(/Leichte/)],
      ['Wann ist Anmeldeschluss für das Pressearbeit Seminar?', (r) => expect(listedTitles(r)[0]).toMatch(/Pressearbeit/)],
    ],
  },
  {
    name: 'narrows the last look-up with a short follow-up ("und im April?", "nur mit Gebärdensprache")',
    steps: [
      ['Online-Seminare im März', listsOnly((s) => s.format === 'online' && inMonths([3])(s), 'online in March')],
      ['und im April?', listsOnly((s) => s.format !== 'praesenz' && inMonths([4])(s), 'online in April')],
      ['nur mit Gebärdensprache', listsOnly((s) => s.format !== 'praesenz' && inMonths([4])(s) && s.languageOffers.dgs, 'online in April with DGS')],
    ],
  },
  {
    name: 'drops the place when the follow-up asks for online seminars',
    steps: [
      ['Präsenzseminare in Rostock', listsOnly((s) => s.location?.city === 'Rostock', 'Rostock')],
      ['und online?', listsOnly((s) => s.format !== 'praesenz', 'online anywhere')],
    ],
  },
  { name: 'finds workshops in the second quarter', steps: [['Workshops im zweiten Quartal', listsOnly(inMonths([4, 5, 6]), 'Q2 2027')]] },
  {
    name: 'answers "Was ist nächste Woche?" with the seminars of 22–28 February 2027 or says there are none',
    steps: [['Was ist nächste Woche?', (r, chat) => {
      const titles = listedTitles(r);
      if (titles.length === 0) expect(readable(r)).toMatch(/keine/);
      for (const t of titles) expect(byTitle(chat, t).dates.some((d) => d.start >= '2027-02-22' && d.start < '2027-03-01')).toBe(true);
    }]],
  },
  {
    name: 'opens the second seminar when the person types "2", and offers registration, calendar and similar seminars',
    steps: [
      ['Online-Seminare', (r) => expect(listedTitles(r).length).toBeGreaterThanOrEqual(2)],
      ['2', (r) => {
        expect(buttons(r)).toEqual(expect.arrayContaining(['In meinen Kalender', 'Ähnliche Seminare']));
        expect(readable(r)).toMatch(/kostenfrei/);
        expect(readable(r)).toMatch(/(Mo|Di|Mi|Do|Fr|Sa|So)\., \d{1,2}\. \p{L}+ 2027, \d{2}:\d{2}–\d{2}:\d{2} Uhr/u);
      }],
    ],
  },
  {
    name: 'shows more seminars on "Mehr anzeigen"',
    steps: [
      ['Welche Seminare gibt es online?', (r) => expect(buttons(r)).toContain('Mehr anzeigen')],
      ['Mehr anzeigen', says(/Weitere Seminare \(\d+ von \d+\)/)],
    ],
  },
  {
    name: 'switches to Leichte Sprache and back',
    steps: [
      ['Leichte Sprache', says('Ab jetzt spreche ich in Leichter Sprache')],
      ['Was kostet das?', (r, chat) => {
        const kosten = chat.knowledge.faq.find((f) => f.answer.includes('kostenfrei'));
        const flat = (t: string | undefined) => (t ?? '').replace(/\s+/g, ' ').trim();
        // The answer ends with the feedback question "Hat Ihnen das geholfen?" (Ja / Nein).
        const [answer, question] = (r[0]?.text ?? '').split(/\n\n(?=Hat Ihnen das geholfen\?$)/);
        expect(question).toBe('Hat Ihnen das geholfen?');
        const easy = chat.knowledge.faq.find((f) => flat(f.answerEasy) === flat(answer));
        expect(easy, 'the reply is a Leichte-Sprache answer').toBeDefined();
        // One sentence per line stays one sentence per paragraph.
        expect(answer?.split('\n\n').length).toBe(easy!.answerEasy.split('\n').filter((l) => l.trim()).length);
        expect(r[0]?.text).not.toMatch(/\*innen/);
        expect(kosten).toBeDefined();
      }],
      ['normale Sprache', says('wieder in normaler Sprache')],
      ['Was kostet das?', says(/kostenfrei/)],
    ],
  },
  {
    name: 'gives help and restarts in the middle of a question',
    steps: [
      ['Welche Fortbildung passt zu mir?', says(/Welche Rolle/)],
      ['Hilfe', says(/So können Sie mit mir sprechen/)],
      ['Neustart', says(/wir fangen neu an/)],
      ['Projektleitung', (r) => expect(readable(r)).not.toMatch(/Welche Rolle/)],
    ],
  },
  {
    name: 're-asks once on an answer it does not understand, then offers help',
    steps: [
      ['Welche Fortbildung passt zu mir?', says(/Welche Rolle/)],
      ['blubb', says(/nicht verstanden.*Welche Rolle/s)],
      ['hmm xyz', says(/Hilfe/)],
    ],
  },
  {
    name: 'strips the @mention in Teams before understanding the message',
    channelId: 'msteams',
    steps: [[{ text: '<at>Inklusionsprofi</at> Hilfe', value: {} }, says(/So können Sie mit mir sprechen/)]],
  },
  { name: 'answers an FAQ question', steps: [['Was kostet ein Seminar?', says(/kostenfrei/)]] },
  { name: 'explains where to ask about an enquiry number', steps: [['Was ist mit meiner Anfrage IP-2027-ABC234?', says(/IP-2027-ABC234.*kommune-inklusiv@aktion-mensch\.de/s)]] },
  {
    name: 'continues as text when the person types after a card submit with a missing field',
    steps: [
      [{ value: { action: 'register', id: 'pressearbeit-grundlagen-2027-05' } }, (r) => expect(readable(r)).toMatch(/Anmeldeanfrage/)],
      [{ value: { action: 'form', step: 'submit', name: 'Erika Muster', email: 'erika@kommune.example', organisation: 'Stadt Muster', role: 'Projektleitung', consent: 'false' } }, says(/Bitte prüfen Sie die markierten Felder/)],
      ['Ich schreibe lieber', says(/einverstanden/)],
      ['ja', says(/Bitte prüfen Sie Ihre Anfrage/)],
    ],
  },
  {
    name: 'greets back and takes thanks without searching the FAQ',
    steps: [
      ['Hallo, wie geht es Ihnen?', (r) => {
        expect(readable(r)).toMatch(/Inklusionsprofi/);
        expect(buttons(r).length).toBeGreaterThanOrEqual(3);
      }],
      ['Vielen Dank!', says(/Gern geschehen/)],
      ['Danke für die Hilfe', says(/Gern geschehen/)],
    ],
  },
  { name: 'falls back honestly on off-topic questions', steps: [['Wie wird das Wetter morgen in Köln?', says(/kommune-inklusiv@aktion-mensch\.de/)]] },
];

describe('conversation flows', () => {
  it.each(flows)('$name', async (flow) => {
    const chat = await startChat({ now: NOW, ...(flow.channelId ? { channelId: flow.channelId } : {}) });
    for (const [input, check] of flow.steps) {
      const replies =
        typeof input === 'string'
          ? await chat.say(input)
          : await chat.say(input.text ?? '', Object.keys(input.value).length ? input.value : undefined, input.text?.includes('<at>') ? { entities: [{ type: 'mention', mentioned: { id: 'bot', name: 'Inklusionsprofi' }, text: '<at>Inklusionsprofi</at>' }], recipient: { id: 'bot', name: 'Inklusionsprofi' } } : {});
      expect(replies.length, `no reply to ${JSON.stringify(input)}`).toBeGreaterThan(0);
      check(replies, chat);
    }
  });

  it('shows a full seminar as "Ausgebucht" with a waiting-list enquiry and an alternative', async () => {
    const chat = await startChat({ now: NOW });
    const full = chat.knowledge.seminars.find((s) => s.places.left === 0 && start(s) > NOW);
    expect(full, 'the sample catalogue has an upcoming full seminar').toBeDefined();
    const replies = await chat.say('', { action: 'seminar', id: full!.id });
    expect(readable(replies)).toMatch(/Ausgebucht/);
    expect(buttons(replies)).toContain('Auf die Warteliste');
  });

  it('never recommends a seminar that is over (fixed now)', async () => {
    const chat = await startChat({ now: NOW });
    for (const role of chat.knowledge.roles) {
      const replies = await chat.say('', { action: 'role', id: role.id });
      for (const t of listedTitles(replies)) expect(start(byTitle(chat, t)).getTime()).toBeGreaterThan(NOW.getTime());
    }
  });

  it('says a past seminar is over when opened directly', async () => {
    const chat = await startChat({ now: NOW });
    const past = chat.knowledge.seminars.find((s) => start(s) < NOW);
    expect(past).toBeDefined();
    const replies = await chat.say('', { action: 'seminar', id: past!.id });
    expect(readable(replies)).toMatch(/schon stattgefunden/);
    expect(buttons(replies)).not.toContain('Anmeldung anfragen');
  });

  it('opens details from a card button click', async () => {
    const chat = await startChat({ now: NOW });
    const list = await chat.say('Seminare mit Gebärdensprache');
    const first = listedTitles(list)[0]!;
    const replies = await chat.say('', buttonData(list, `Details: ${first}`));
    expect(readable(replies)).toContain(first);
    expect(readable(replies)).toMatch(/Gebärdensprach/);
  });
});
