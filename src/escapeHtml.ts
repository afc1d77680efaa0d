// The one HTML escaper: every name, e-mail address, seminar title or report figure that goes into an
// HTML mail, page or report passes through it (the five characters that can end an element or an
// attribute value).
const ENTITIES: Record<string, string> = { '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' };

export function escapeHtml(text: string): string {
  return text.replace(/[&<>"']/g, (c) => ENTITIES[c] ?? c);
}
