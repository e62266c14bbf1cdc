import { cpSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import { z } from 'zod';
import { Simulation, type SimulatedSend } from '../../simulation/simulation.ts';
import { cliEnv, orgDirFrom, print } from '../cli-context.ts';
import { readLines } from '../read-lines.ts';
import { shanghaiIso } from '../shanghai-iso.ts';

const line = z.union([
  z.object({ at: z.iso.datetime({ offset: true }) }).strict(),
  z
    .object({
      from: z.string().min(1),
      text: z.string(),
      room: z.string().min(1).optional(),
      mention: z.boolean().optional(),
      kind: z.enum(['text', 'image', 'sticker', 'voice', 'video', 'file', 'link', 'other']).optional(),
      id: z.string().optional(),
      action: z.object({ actionId: z.string(), value: z.string() }).optional(),
    })
    .strict(),
]);

/**
 * `tonggong simulate`: JSON lines in (messages and clock moves), JSON lines out (every
 * message the bot sends). The same `--db` file across two runs behaves like a restart.
 * Without `--db` nothing of the run is kept: it works on a copy of the organisation folder, so
 * HR's 「存为问答」 in a trial run does not end up in the bundled sample's faq.csv.
 */
export async function simulateCommand(argv: string[]): Promise<number> {
  const { values } = parseArgs({
    args: argv,
    options: { org: { type: 'string' }, db: { type: 'string' }, start: { type: 'string' } },
  });
  const start = values.start ? new Date(values.start) : new Date();
  if (Number.isNaN(start.getTime())) {
    process.stderr.write(`--start must be an ISO time such as 2026-12-01T09:00:00+08:00\n`);
    return 2;
  }
  const orgDir = orgDirFrom(values.org, cliEnv());
  const copy = values.db ? undefined : mkdtempSync(join(tmpdir(), 'tonggong-simulate-'));
  if (copy) cpSync(orgDir, copy, { recursive: true });
  const sim = await Simulation.create({ orgDir: copy ?? orgDir, dbPath: values.db ?? ':memory:', start });
  let lineNo = 0;
  let status = 0;
  try {
    for await (const raw of readLines()) {
      lineNo++;
      if (!raw.trim()) continue;
      let parsed: z.infer<typeof line>;
      try {
        parsed = line.parse(JSON.parse(raw));
      } catch (error) {
        const why =
          error instanceof z.ZodError
            ? error.issues.map((i) => `${i.path.join('.')}: ${i.message}`).join('; ')
            : (error as Error).message;
        process.stderr.write(`line ${lineNo}: not a valid simulate line (${why})\n`);
        status = 2;
        continue;
      }
      let sent: SimulatedSend[];
      if ('at' in parsed) {
        const to = new Date(parsed.at);
        // The clock only moves forward: what was due on the way has run. Say so and go on.
        if (to < sim.clock.now()) {
          const now = shanghaiIso(sim.clock.now());
          process.stderr.write(`line ${lineNo}: the clock only moves forward; it is already ${now} (line ignored)\n`);
          status = 2;
          continue;
        }
        sent = await sim.advanceTo(to);
      } else {
        const { room, mention, kind, id, action } = parsed;
        sent = await sim.say(parsed.from, parsed.text, { room, mention, kind, id, action });
      }
      for (const s of sent) print(JSON.stringify({ ...s, at: shanghaiIso(new Date(s.at)) }));
    }
  } finally {
    await sim.close();
    if (copy) rmSync(copy, { recursive: true, force: true });
  }
  return status;
}
