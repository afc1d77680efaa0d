// Microsoft Teams specifics over real HTTP against the real app: the "Seminar suchen" invoke as the
// Teams client sends it, @mentions in channels, and the welcome when the bot joins a team.
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { conversation, startApp, visibleText, type BotActivity, type Running } from './harness.js';

// 20 November 2026: the sample catalogue's September, October and 12 November seminars are over.
const NOW = new Date('2026-11-20T09:00:00Z');

let running: Running;

beforeAll(async () => {
  running = await startApp({}, { now: () => NOW });
});

afterAll(async () => running?.stop());

let counter = 0;

async function post(body: Record<string, unknown>): Promise<Response> {
  return fetch(`${running.url}/api/messages`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({
      id: `teams-${++counter}`,
      channelId: 'msteams',
      serviceUrl: 'http://127.0.0.1:9',
      from: { id: '29:user-1', name: 'Testperson', aadObjectId: '00000000-0000-0000-0000-0000000000aa' },
      recipient: { id: '28:bot', name: 'Inklusionsprofi' },
      locale: 'de-DE',
      channelData: { tenant: { id: 'tenant-1' } },
      ...body,
    }),
  });
}

interface ComposeExtensionBody {
  composeExtension: {
    type: string;
    attachmentLayout?: string;
    text?: string;
    attachments?: Array<{ contentType: string; content: { type: string; version: string; body: Array<{ text?: string }> }; preview?: { contentType: string; content: { title: string; text: string } } }>;
  };
}

function searchInvoke(parameters: Array<{ name: string; value: unknown }>): Record<string, unknown> {
  return {
    type: 'invoke',
    name: 'composeExtension/query',
    conversation: { id: 'a:personal-chat-1', conversationType: 'personal' },
    value: { commandId: 'seminarSuchen', parameters, queryOptions: { skip: 0, count: 25 } },
  };
}

describe('the "Seminar suchen" message extension over /api/messages', () => {
  it('answers the invoke with HTTP 200 and a list of Adaptive Cards with previews', async () => {
    const response = await post(searchInvoke([{ name: 'suchbegriff', value: 'Fördermittel' }]));
    expect(response.status).toBe(200);
    const body = (await response.json()) as ComposeExtensionBody;
    expect(body.composeExtension.type).toBe('result');
    expect(body.composeExtension.attachmentLayout).toBe('list');
    const attachments = body.composeExtension.attachments ?? [];
    expect(attachments.length).toBeGreaterThanOrEqual(2);
    expect(attachments.length).toBeLessThanOrEqual(10);
    for (const a of attachments) {
      expect(a.contentType).toBe('application/vnd.microsoft.card.adaptive');
      expect(a.content).toMatchObject({ type: 'AdaptiveCard', version: '1.5' });
      expect(a.preview?.contentType).toBe('application/vnd.microsoft.card.thumbnail');
      expect(a.preview?.content.title).toMatch(/\S/);
      expect(a.preview?.content.text).toMatch(/20\d\d/);
    }
    expect(attachments.map((a) => a.preview?.content.title)).toContain('Fördermittel beantragen: vom Projektantrag zum Verwendungsnachweis');
  });

  it('shows upcoming seminars when Teams opens the extension (initialRun)', async () => {
    const response = await post(searchInvoke([{ name: 'initialRun', value: 'true' }]));
    expect(response.status).toBe(200);
    const body = (await response.json()) as ComposeExtensionBody;
    const titles = (body.composeExtension.attachments ?? []).map((a) => a.preview?.content.title);
    expect(titles).toHaveLength(10);
    expect(titles[0]).toBe('Projekte planen und steuern: Ziele, Meilensteine, Zeitplan');
  });

  it('answers a search without results with a German message', async () => {
    const response = await post(searchInvoke([{ name: 'suchbegriff', value: 'Quantenchromodynamik' }]));
    expect(response.status).toBe(200);
    const body = (await response.json()) as ComposeExtensionBody;
    expect(body.composeExtension.type).toBe('message');
    expect(body.composeExtension.text).toContain('kein kommendes Seminar gefunden');
  });
});

describe('messages in Teams', () => {
  it('answers "@Inklusionsprofi Hilfe" in a channel with the help, the mention removed', async () => {
    const chat = conversation(running.url, 'msteams', '19:channel-1@thread.skype;messageid=1');
    const replies = await chat.send('<at>Inklusionsprofi</at> Hilfe', {
      from: { id: '29:user-1', name: 'Testperson' },
      recipient: { id: '28:bot', name: 'Inklusionsprofi' },
      conversation: { id: '19:channel-1@thread.skype;messageid=1', isGroup: true, conversationType: 'channel' },
      entities: [{ type: 'mention', mentioned: { id: '28:bot', name: 'Inklusionsprofi' }, text: '<at>Inklusionsprofi</at>' }],
      channelData: { tenant: { id: 'tenant-1' }, team: { id: '19:team-1@thread.skype' }, channel: { id: '19:channel-1@thread.skype' } },
    });
    const text = visibleText(replies);
    expect(text).toContain('So können Sie mit mir sprechen');
    expect(text).not.toContain('<at>');
    // The answer goes into the thread the person started, not as a new post in the channel.
    for (const reply of replies) {
      expect((reply.conversation as { id?: string } | undefined)?.id).toBe('19:channel-1@thread.skype;messageid=1');
      expect(reply.replyToId).toBeDefined();
    }
  });
});

describe('the bot joining a team', () => {
  const teamAdded = {
    type: 'conversationUpdate',
    deliveryMode: 'expectReplies',
    conversation: { id: '19:team-2@thread.skype', isGroup: true, conversationType: 'channel' },
    membersAdded: [{ id: '28:bot' }],
    channelData: { tenant: { id: 'tenant-1' }, team: { id: '19:team-2@thread.skype', name: 'Kommune Inklusiv' }, eventType: 'teamMemberAdded' },
  };

  it('greets the team once, and not again when Teams sends the same update a second time', async () => {
    const first = await post(teamAdded);
    expect(first.status).toBe(200);
    const greeting = ((await first.json()) as { activities: BotActivity[] }).activities;
    expect(greeting.length).toBeGreaterThanOrEqual(1);
    expect(visibleText(greeting)).toContain('Inklusionsprofi');

    const second = await post(teamAdded);
    expect(second.status).toBe(200);
    const again = ((await second.json().catch(() => ({ activities: [] }))) as { activities?: BotActivity[] }).activities ?? [];
    expect(again).toEqual([]);
  });
});

describe('the Seminarkalender tab over HTTP', () => {
  it('redirects /tab to /tab/ and serves the page with a strict Content-Security-Policy', async () => {
    const redirect = await fetch(`${running.url}/tab`, { redirect: 'manual' });
    expect(redirect.status).toBe(301);
    expect(redirect.headers.get('location')).toBe('/tab/');
    const page = await fetch(`${running.url}/tab/`);
    expect(page.status).toBe(200);
    expect(await page.text()).toContain('<title>Seminarkalender – Inklusionsprofi</title>');
    expect(page.headers.get('content-security-policy')).toContain("script-src 'self'");
  });

  it('serves the teams-js bundle from the server itself, not from a CDN', async () => {
    const response = await fetch(`${running.url}/tab/teams-js.js`);
    expect(response.status).toBe(200);
    expect(response.headers.get('content-type')).toContain('javascript');
    expect(await response.text()).toContain('microsoftTeams');
  });

  it('lists the upcoming seminars with German dates and the filter choices, and nothing else', async () => {
    const response = await fetch(`${running.url}/api/seminars`);
    expect(response.status).toBe(200);
    const body = (await response.json()) as {
      botAppId: string;
      seminars: Array<{ id: string; nextSession: string; month: string; icsUrl: string }>;
      filters: Record<string, Array<{ value: string; label: string }>>;
    };
    expect(body.seminars).toHaveLength(33);
    expect(body.seminars.map((s) => s.id)).not.toContain('social-media-2026-11');
    expect(body.seminars[0]).toMatchObject({ id: 'projekte-planen-steuern-2027-01', nextSession: 'Di., 19. Januar 2027, 09:30–12:30 Uhr', month: '2027-01' });
    expect(body.seminars[0]?.icsUrl).toMatch(/\/seminare\/projekte-planen-steuern-2027-01\.ics$/);
    expect(Object.keys(body.filters).sort()).toEqual(['accessibility', 'formats', 'months', 'roles', 'topics']);
    expect(body.filters.months?.[0]).toEqual({ value: '2027-01', label: 'Januar 2027' });
    expect(body.filters.formats?.map((f) => f.label)).toEqual(['Online', 'Präsenz', 'Hybrid (vor Ort und online)']);
    // Catalogue facts only: no contact data of anyone.
    expect(JSON.stringify(body)).not.toMatch(/@[a-z0-9-]+\.[a-z]/i);
  });

  it('answers 503 while the knowledge is still loading', async () => {
    const { buildApp } = await import('../../src/app.js');
    const { parseConfig } = await import('../../src/config.js');
    const { pino } = await import('pino');
    const dataDir = mkdtempSync(join(tmpdir(), 'ip-tab-'));
    const parsed = parseConfig({ PORT: '0', HOST: '127.0.0.1', KNOWLEDGE_WATCH: 'false', DATA_DIR: dataDir });
    if (!parsed.ok) throw new Error(parsed.message);
    const app = buildApp(parsed.config, pino({ level: 'silent' }), { now: () => NOW });
    let release: () => void = () => undefined;
    const gate = new Promise<void>((resolve) => (release = resolve));
    const reload = app.knowledge.reload.bind(app.knowledge);
    app.knowledge.reload = async () => {
      await gate;
      return reload();
    };
    const started = app.start();
    try {
      await expect.poll(() => app.server.address()).toBeTruthy();
      const address = app.server.address();
      const port = typeof address === 'object' && address ? address.port : 0;
      const starting = await fetch(`http://127.0.0.1:${port}/api/seminars`);
      expect(starting.status).toBe(503);
      expect(((await starting.json()) as { error: string }).error).toContain('gerade geladen');
      release();
      await started;
      expect((await fetch(`http://127.0.0.1:${port}/api/seminars`)).status).toBe(200);
    } finally {
      release();
      await started.catch(() => undefined);
      await app.stop();
      rmSync(dataDir, { recursive: true, force: true });
    }
  });
});
