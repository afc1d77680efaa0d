// The one logger: pino, JSON in production, pretty in development. Redaction is a safety net;
// the rule is still that callers never put names, e-mail addresses or message text in a log line.
import { pino, type Logger } from 'pino';
import type { Config } from './config.js';

export type { Logger };

// Personal fields only: a blanket '*.name' would also blank err.name, which the operator needs.
const redactPaths = [
  'email',
  'name',
  'text',
  'phone',
  '*.email',
  '*.text',
  '*.phone',
  'from.name',
  'user.name',
  'member.name',
  'enquiry.name',
  'enquiry.organisation',
  'activity.from.name',
  'req.body',
  'activity.text',
];

export function createLogger(log: Config['log'], destination?: NodeJS.WritableStream): Logger {
  const options = { level: log.level, base: { app: 'inklusionsprofi' }, redact: { paths: redactPaths, censor: '[entfernt]' } };
  if (destination) return pino(options, destination);
  if (log.format === 'pretty') {
    return pino({ ...options, transport: { target: 'pino-pretty', options: { translateTime: 'HH:MM:ss', ignore: 'pid,hostname,app' } } });
  }
  return pino(options);
}
