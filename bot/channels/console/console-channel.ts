import { randomUUID } from 'node:crypto';
import { createInterface, type Interface } from 'node:readline';
import type { Directory } from '../../../data/org/directory.ts';
import type { Staff } from '../../../data/org/staff.ts';
import type { Channel } from '../../channel.ts';
import type { OffsetClock } from '../../clock.ts';
import type { ChannelAddress, IncomingMessage, OutgoingMessage } from '../../../data/message.ts';
import { formatDateTime } from '../../../data/time/index.ts';
import { consoleText } from './messages.ts';
import { parseTimeCommand } from './parse-time-command.ts';
import { renderOutgoingText } from '../render-actions-as-text.ts';

export interface ConsoleChannelOptions {
  readonly directory: () => Directory;
  readonly clock: OffsetClock;
  /** Who you are when the terminal opens. */
  readonly startAs: string;
  readonly roomNames: (roomId: string) => string | undefined;
  readonly input?: NodeJS.ReadableStream;
  readonly output?: NodeJS.WritableStream;
  /** Called when the person types /quit or closes the input. */
  readonly onQuit?: () => void;
  /** Called after `/time` moves the clock, so scheduled jobs can catch up. */
  readonly onTimeChanged?: (now: Date) => Promise<void>;
}

/**
 * The terminal chat: type as any person in the directory, see what the bot sends to
 * whom. Sender ids are staff ids (a trusted local channel).
 */
export class ConsoleChannel implements Channel {
  readonly name = 'console';
  private rl: Interface | undefined;
  private me: Staff;
  private readonly run = randomUUID().slice(0, 8);
  private counter = 0;
  private readonly out: NodeJS.WritableStream;

  constructor(private readonly options: ConsoleChannelOptions) {
    const me = options.directory().find(options.startAs) ?? options.directory().all[0];
    if (!me) throw new Error('the staff directory is empty');
    this.me = me;
    this.out = options.output ?? process.stdout;
  }

  async start(onMessage: (m: IncomingMessage) => Promise<void>): Promise<void> {
    this.rl = createInterface({ input: this.options.input ?? process.stdin, output: this.out, terminal: false });
    this.print(consoleText.welcome(this.me, formatDateTime(this.options.clock.now())));
    this.prompt();
    let queue = Promise.resolve();
    this.rl.on('line', (line) => {
      queue = queue.then(() => this.onLine(line, onMessage)).catch((e) => this.print(String(e)));
    });
    this.rl.on('close', () => {
      void queue.then(() => this.options.onQuit?.());
    });
  }

  async stop(): Promise<void> {
    this.rl?.close();
  }

  /** A line from the bot's host (where the web console is) printed under the prompt, then the prompt again. */
  notice(text: string): void {
    this.print(`\n${text}`);
    this.prompt();
  }

  async send(to: ChannelAddress, message: OutgoingMessage): Promise<void> {
    const body = renderOutgoingText(message);
    if (!to.isDirect) {
      this.print(consoleText.toRoom(this.options.roomNames(to.chatId) ?? to.chatId, body));
    } else if (to.chatId === this.me.id) {
      this.print(consoleText.toMe(body));
    } else {
      const person = this.options.directory().get(to.chatId);
      this.print(consoleText.toOther(person ? `${person.name}（${person.id}）` : to.chatId, body));
    }
  }

  private async onLine(line: string, onMessage: (m: IncomingMessage) => Promise<void>): Promise<void> {
    const text = line.trim();
    if (text.startsWith('/')) {
      await this.command(text);
    } else {
      const room = /^@群\s*/.exec(text);
      const chatId = room ? 'staff-group' : this.me.id;
      await onMessage({
        id: `console-${this.run}-${++this.counter}`,
        channel: this.name,
        senderId: this.me.id,
        senderName: this.me.name,
        chatId,
        isDirect: !room,
        mentionsBot: true,
        isSelf: false,
        kind: 'text',
        text: room ? text.slice(room[0].length) : text,
        receivedAt: this.options.clock.now(),
      });
    }
    this.prompt();
  }

  private async command(text: string): Promise<void> {
    const [cmd, ...rest] = text.split(/\s+/);
    const arg = rest.join(' ');
    switch (cmd) {
      case '/as': {
        const person = this.options.directory().find(arg);
        if (!person) return this.print(consoleText.noSuchPerson(arg));
        this.me = person;
        return this.print(consoleText.nowAs(person));
      }
      case '/whoami':
      case '/me':
        return this.print(consoleText.whoami(this.me));
      case '/time': {
        if (!arg) return this.print(consoleText.time(formatDateTime(this.options.clock.now())));
        const to = parseTimeCommand(arg);
        if (!to) return this.print(consoleText.badTime);
        // Going back is refused: what fell due between then and now has already been planned
        // (or passed) and would silently never run. An earlier start is `npm start -- --start`.
        const now = this.options.clock.now();
        if (to < now) return this.print(consoleText.timeBackwards(formatDateTime(now), formatDateTime(to)));
        this.options.clock.set(to);
        await this.options.onTimeChanged?.(to);
        return this.print(consoleText.time(formatDateTime(to)));
      }
      case '/who':
        return this.print(consoleText.staffList(this.options.directory().all));
      case '/quit':
      case '/exit':
        this.rl?.close();
        return;
      default:
        return this.print(consoleText.commands);
    }
  }

  private prompt(): void {
    this.out.write(`\n${this.me.name} > `);
  }

  private print(text: string): void {
    this.out.write(`${text}\n`);
  }
}
