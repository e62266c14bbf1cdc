import { pino, destination, type Logger } from 'pino';

export type { Logger };

/**
 * Structured logs to stderr (stdout belongs to the terminal chat and the CLI's output).
 * Message bodies are logged only at debug level: at info and above we log ids, kinds and
 * lengths, never what a person wrote (leave reasons and birthdays are personal data).
 */
export function createLogger(level: string = 'info'): Logger {
  return pino({ level, base: undefined }, destination({ fd: 2, sync: true }));
}

/** A logger that drops everything: tests and the CLI's quiet paths. */
export function silentLogger(): Logger {
  return pino({ level: 'silent' });
}
