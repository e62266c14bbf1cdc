import { describeStartupError } from '../startup-error.ts';
import { askCommand } from './commands/ask.ts';
import { bindCodeCommand, bindingsCommand, unbindCommand } from './commands/bindings.ts';
import { checkOrgCommand } from './commands/check-org.ts';
import { exportCommand } from './commands/export-leave.ts';
import { questionsCommand } from './commands/questions.ts';
import { scheduleCommand } from './commands/schedule.ts';
import { simulateCommand } from './commands/simulate.ts';
import { staffCommand } from './commands/staff.ts';
import { loginLinkCommand, webCommand } from './commands/web.ts';

/** Every `tonggong` command. Features add theirs here. */
export const commands: Record<string, { run: (argv: string[]) => Promise<number>; usage: string }> = {
  ask: { run: askCommand, usage: 'ask "<question>" [--json] [--org DIR]   (no question: one per stdin line)' },
  simulate: { run: simulateCommand, usage: 'simulate [--org DIR] [--db PATH] [--start ISO] < script.jsonl' },
  schedule: { run: scheduleCommand, usage: 'schedule --from YYYY-MM-DD --to YYYY-MM-DD [--org DIR] [--db PATH] [--json] [--all]   (the plan; sends nothing)' },
  'check-org': { run: checkOrgCommand, usage: 'check-org [DIR]' },
  staff: { run: staffCommand, usage: 'staff [--org DIR] [--json]' },
  'bind-code': { run: bindCodeCommand, usage: 'bind-code <staff id> [--db PATH]' },
  bindings: { run: bindingsCommand, usage: 'bindings [--db PATH]' },
  unbind: { run: unbindCommand, usage: 'unbind <staff id> [--db PATH]' },
  questions: {
    run: questionsCommand,
    usage: 'questions [--json] [--org DIR] [--db PATH]   (the unanswered-questions queue, most asked first)',
  },
  web: { run: webCommand, usage: 'web [--org DIR] [--db PATH] [--port N]   (the web console alone, on the same data)' },
  'login-link': { run: loginLinkCommand, usage: 'login-link <staff id> [--org DIR] [--db PATH] [--port N]   (a one-time web console link, 10 minutes)' },
  export: { run: exportCommand, usage: 'export leave --month YYYY-MM [--out FILE|-] [--org DIR] [--db PATH]   (CSV for Excel)' },
};

async function main(argv: string[]): Promise<number> {
  const [name, ...rest] = argv;
  const command = name ? commands[name] : undefined;
  if (!command) {
    process.stdout.write(`usage: tonggong <command>\n${Object.values(commands).map((c) => `  tonggong ${c.usage}`).join('\n')}\n`);
    return name && name !== 'help' && name !== '--help' ? 2 : 0;
  }
  return command.run(rest);
}

/**
 * Ends the process once stdout and stderr have handed everything to the OS. `process.exit()`
 * right away drops writes still queued for a pipe (`tonggong simulate … | other` lost most of
 * a year's lines, with exit code 0): each stream's empty write calls back only after every
 * earlier write has been flushed, since a stream writes in order.
 */
function exitWhenFlushed(code: number): void {
  process.exitCode = code;
  let open = 2;
  const flushed = () => {
    if (--open === 0) process.exit(code);
  };
  for (const stream of [process.stdout, process.stderr]) {
    if (stream.destroyed || !stream.writable) flushed();
    else stream.write('', flushed);
  }
}

main(process.argv.slice(2)).then(exitWhenFlushed, (error) => {
  process.stderr.write(`${describeStartupError(error)}\n`);
  exitWhenFlushed(1);
});
