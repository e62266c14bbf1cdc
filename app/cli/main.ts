import { describeStartupError } from '../startup-error.ts';

type Run = (argv: string[]) => Promise<number>;

/**
 * Every `tonggong` command. Features add theirs here. A command's modules load only when it
 * runs (`load`), so `tonggong ask` does not pay for the web console, exports or simulation.
 */
export const commands: Record<string, { load: () => Promise<Run>; usage: string }> = {
  ask: {
    load: async () => (await import('./commands/ask.ts')).askCommand,
    usage: 'ask "<question>" [--json] [--org DIR]   (no question: one per stdin line)',
  },
  simulate: {
    load: async () => (await import('./commands/simulate.ts')).simulateCommand,
    usage: 'simulate [--org DIR] [--db PATH] [--start ISO] < script.jsonl',
  },
  schedule: {
    load: async () => (await import('./commands/schedule.ts')).scheduleCommand,
    usage:
      'schedule --from YYYY-MM-DD --to YYYY-MM-DD [--org DIR] [--db PATH] [--json] [--all]   (the plan; sends nothing)',
  },
  'check-org': {
    load: async () => (await import('./commands/check-org.ts')).checkOrgCommand,
    usage: 'check-org [DIR]',
  },
  staff: { load: async () => (await import('./commands/staff.ts')).staffCommand, usage: 'staff [--org DIR] [--json]' },
  'bind-code': {
    load: async () => (await import('./commands/bindings.ts')).bindCodeCommand,
    usage: 'bind-code <staff id> [--db PATH]',
  },
  bindings: {
    load: async () => (await import('./commands/bindings.ts')).bindingsCommand,
    usage: 'bindings [--db PATH]',
  },
  unbind: {
    load: async () => (await import('./commands/bindings.ts')).unbindCommand,
    usage: 'unbind <staff id> [--db PATH]',
  },
  questions: {
    load: async () => (await import('./commands/questions.ts')).questionsCommand,
    usage: 'questions [--json] [--org DIR] [--db PATH]   (the unanswered-questions queue, most asked first)',
  },
  web: {
    load: async () => (await import('./commands/web.ts')).webCommand,
    usage: 'web [--org DIR] [--db PATH] [--port N]   (the web console alone, on the same data)',
  },
  'login-link': {
    load: async () => (await import('./commands/web.ts')).loginLinkCommand,
    usage: 'login-link <staff id> [--org DIR] [--db PATH] [--port N]   (a one-time web console link, 10 minutes)',
  },
  orgs: {
    load: async () => (await import('./commands/orgs.ts')).orgsCommand,
    usage: 'orgs [--orgs-dir DIR] [--db PATH|URL] [--json]   (each organisation: holder and health)',
  },
  backup: {
    load: async () => (await import('./commands/backup.ts')).backupCommand,
    usage: 'backup --out FILE [--db PATH|URL]   (SQLite online backup, or pg_dump of the schema)',
  },
  restore: {
    load: async () => (await import('./commands/backup.ts')).restoreCommand,
    usage: 'restore --from FILE [--db PATH|URL]   (into an empty database; prints the row counts)',
  },
  'copy-db': {
    load: async () => (await import('./commands/copy-db.ts')).copyDbCommand,
    usage: 'copy-db --from PATH|URL --to PATH|URL   (every row into an empty database: SQLite → PostgreSQL)',
  },
  calendar: {
    load: async () => (await import('./commands/calendar.ts')).calendarCommand,
    usage:
      'calendar (--team TEAM | --person ID|NAME) [--out FILE|-] [--org DIR] [--db PATH]' +
      '   (iCalendar of approved leave)',
  },
  export: {
    load: async () => (await import('./commands/export-leave.ts')).exportCommand,
    usage: 'export leave --month YYYY-MM [--out FILE|-] [--org DIR] [--db PATH]   (CSV for Excel)',
  },
};

async function main(argv: string[]): Promise<number> {
  const [name, ...rest] = argv;
  const command = name ? commands[name] : undefined;
  if (!command) {
    process.stdout.write(
      `usage: tonggong <command>\n${Object.values(commands)
        .map((c) => `  tonggong ${c.usage}`)
        .join('\n')}\n`,
    );
    return name && name !== 'help' && name !== '--help' ? 2 : 0;
  }
  if (rest.some((a) => a === '--help' || a === '-h')) {
    process.stdout.write(`usage: tonggong ${command.usage}\n`);
    return 0;
  }
  try {
    return await (await command.load())(rest);
  } catch (error) {
    // A mistyped option ("--dbb") is the user's slip, not a crash: say which, and how to call it.
    const code = (error as { code?: unknown }).code;
    if (typeof code !== 'string' || !code.startsWith('ERR_PARSE_ARGS_')) throw error;
    process.stderr.write(`tonggong ${name}: ${(error as Error).message}\nusage: tonggong ${command.usage}\n`);
    return 2;
  }
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
