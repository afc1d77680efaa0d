// Runs a few real turns through the bot before the app reports healthy, so the first person does not
// pay for lazy module loading, JIT compilation and first-use caches (measured: the first turn took
// 5–7× the second). The turns go through a CloudAdapter with authentication off — the same code as
// every request, no network: replies are buffered (expectReplies) — and their state is deleted after.
import { CloudAdapter, ConfigurationBotFrameworkAuthentication, type Activity, type TurnContext } from 'botbuilder';

/**
 * What the warm-up says: one FAQ question, one seminar look-up, one role recommendation. The look-up
 * names a format, a topic and a month, so every filter's first use (and chrono's month parsing) happens
 * here: with only a topic and a season, the first real look-up with a format and a month still took
 * 1.2–2.7× the second (docs/performance.md).
 */
const warmUpMessages: Array<Partial<Activity>> = [
  { text: 'Wie melde ich mich für ein Seminar an?' },
  { text: 'Online-Seminare zu Barrierefreiheit im März' },
  { text: '', value: { action: 'role', id: 'projektleitung' } },
];

export interface WarmUpResult {
  turns: number;
  replies: number;
  ms: number;
}

/**
 * Rounds of the messages above. After two, the first real turn still took ~1.8× the CPU of the second (a different
 * message, measured in fresh processes: docs/performance.md, eighteenth round): the code a turn runs was not yet
 * optimised by V8, which happened during the first real turns. After four the first costs what the second does; each
 * round after the first is ~10–20 ms of the start-up.
 */
const WARM_UP_ROUNDS = 4;

export async function warmUp(runTurn: (context: TurnContext) => Promise<void>, forget: (context: TurnContext) => Promise<void>, rounds = WARM_UP_ROUNDS): Promise<WarmUpResult> {
  const started = performance.now();
  const adapter = new CloudAdapter(new ConfigurationBotFrameworkAuthentication({}));
  let turns = 0;
  let replies = 0;
  for (let round = 0; round < rounds; round++) {
    for (const [i, message] of warmUpMessages.entries()) {
      const activity = {
        type: 'message',
        id: `warm-up-${round}-${i}`,
        channelId: 'webchat',
        serviceUrl: 'http://127.0.0.1:9',
        deliveryMode: 'expectReplies',
        conversation: { id: `warm-up-${round}-${i}` },
        from: { id: 'warm-up', name: 'Warm-up' },
        recipient: { id: 'bot', name: 'Inklusionsprofi' },
        locale: 'de-DE',
        ...message,
      } as Activity;
      await adapter.processActivityDirect('', activity, async (context) => {
        context.onSendActivities(async (_context, sent, next) => {
          replies += sent.length;
          return next();
        });
        await runTurn(context);
        await forget(context);
      });
      turns++;
    }
  }
  return { turns, replies, ms: performance.now() - started };
}

/** Whether an activity is one of the start-up's own warm-up turns (not counted as traffic). */
export function isWarmUpTurn(activity: { from?: { id?: string }; conversation?: { id?: string } }): boolean {
  return activity.from?.id === 'warm-up' && (activity.conversation?.id ?? '').startsWith('warm-up-');
}

/** Conversation id of the warm-up turn over HTTP (its state key is webchat/conversations/<id>/). */
export const httpWarmUpConversation = 'warm-up-http';

/**
 * An FAQ turn and a seminar look-up over loopback HTTP through POST /api/messages, so the HTTP path
 * (routing, body reading, the adapter's request/response handling, a card reply's JSON) is warm too:
 * after the in-process turns the FAQ turn over HTTP still took 35–60 ms against 10–25 ms for the next
 * one (docs/performance.md, sixth round), and a look-up's reply is another path (a card, 6 KB). Only
 * without authentication: with an app id the request would rightly be refused. Resolves with the
 * first status that is not 200, else 200.
 */
export async function warmUpOverHttp(baseUrl: string, serviceUrl = 'http://127.0.0.1:9'): Promise<number> {
  for (const [i, text] of ['Gibt es eine Teilnahmebescheinigung?', 'Welche Seminare gibt es zu Öffentlichkeitsarbeit?'].entries()) {
    const response = await fetch(`${baseUrl}/api/messages`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({
        type: 'message',
        id: `warm-up-http-${i}`,
        channelId: 'webchat',
        // expectReplies: the replies come back in the response, nothing is sent to the serviceUrl.
        serviceUrl,
        deliveryMode: 'expectReplies',
        conversation: { id: httpWarmUpConversation },
        from: { id: 'warm-up', name: 'Warm-up' },
        recipient: { id: 'bot', name: 'Inklusionsprofi' },
        locale: 'de-DE',
        text,
      }),
      signal: AbortSignal.timeout(10_000),
    });
    await response.arrayBuffer();
    if (response.status !== 200) return response.status;
  }
  return 200;
}
