// The one logger: pino, JSON in production, pretty in development. Redaction is a safety net;
// the rule is still that callers never put names, e-mail addresses or message text in a log line.
import { pino, type Logger } from 'pino';
import type { Config } from './config.js';

export type { Logger };

const redactPaths = ['email', 'name', 'text', 'phone', '*.email', '*.name', '*.text', '*.phone', 'req.body', 'activity.text'];

export function createLogger(log: Config['log'], destination?: NodeJS.WritableStream): Logger {
  const options = { level: log.level, base: { app: 'inklusionsprofi' }, redact: { paths: redactPaths, censor: '[entfernt]' } };
  if (destination) return pino(options, destination);
  if (log.format === 'pretty') {
    return pino({ ...options, transport: { target: 'pino-pretty', options: { translateTime: 'HH:MM:ss', ignore: 'pid,hostname,app' } } });
  }
  return pino(options);
}
