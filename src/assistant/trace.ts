// What the assistant decided in a turn and why: for analytics and the evaluation, never shown to a person.
export type DecisionKind = 'faq' | 'didYouMean' | 'fallback' | 'lookup' | 'recommend' | 'registration' | 'command' | 'smallTalk' | 'contact' | 'feedback' | 'other';

export interface TraceCandidate {
  kind: string;
  id?: string;
  score: number;
}

export interface TurnTrace {
  decision: DecisionKind;
  /** FAQ id answered, role recommended, or seminar id shown, when there is one. */
  answeredId?: string;
  candidates: TraceCandidate[];
  /** For 'feedback' turns: what the person said about the answer with answeredId. */
  helpful?: boolean;
  /** Every FAQ id answered (two questions in one message), or the seminar ids shown first. */
  answeredIds?: string[];
  /** A message of several questions whose answers include the team's address (a part that asked for a person, or what only the team can tell). */
  contact?: boolean;
  /** Every role recommended for, where a message asks for two ("… für Netzwerkkoordinator*innen, und gibt es auch welche für Selbstvertreter*innen?"). */
  roles?: string[];
  /** For look-ups: the filters the list was made with (ids and ISO dates, no free text). */
  lookup?: { topics: string[]; formats: string[]; cities: string[]; from?: string; to?: string };
}
