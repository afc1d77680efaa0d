// A seminar card from the "Seminar suchen" extension, shared into the bot's own chat, reaches the
// bot as `<span class="inline-compose-card" …>` with the card attached. The card's links name the
// seminar (`/seminare/<id>.ics`, `/tab/?seminar=<id>`); the person wants to see that seminar.

/** Seminar ids as the calendar route accepts them. */
const ID = '[a-z0-9-]{1,100}';
const LINKS = [new RegExp(`/seminare/(${ID})\\.ics`), new RegExp(`[?&]seminar=(${ID})(?![a-z0-9-])`)];
/** A card is small; a bigger attachment is not ours and is not searched. */
const MAX_CARD_CHARS = 20_000;

interface SharedActivity {
  text?: string | undefined;
  value?: unknown;
  attachments?: Array<{ contentType?: string; content?: unknown }> | undefined;
}

/** The id of the seminar whose shared card this message is, or undefined for any other message. */
export function sharedSeminarId(activity: SharedActivity): string | undefined {
  if (activity.value !== undefined && activity.value !== null) return undefined;
  const text = activity.text ?? '';
  const cards = (activity.attachments ?? []).filter((a) => a.contentType === 'application/vnd.microsoft.card.adaptive');
  if (!text.includes('inline-compose-card') && cards.length === 0) return undefined;
  for (const source of [...cards.map((c) => safeJson(c.content)), text.slice(0, MAX_CARD_CHARS)]) {
    for (const link of LINKS) {
      const id = link.exec(source)?.[1];
      if (id) return id;
    }
  }
  return undefined;
}

function safeJson(content: unknown): string {
  try {
    const json = typeof content === 'string' ? content : JSON.stringify(content);
    return (json ?? '').slice(0, MAX_CARD_CHARS);
  } catch {
    return '';
  }
}
