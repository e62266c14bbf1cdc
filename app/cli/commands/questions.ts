import { parseArgs } from 'node:util';
import { openDatabase } from '../../../data/db/open-database.ts';
import { loadOrg } from '../../../data/org/load-org.ts';
import { QuestionQueueRepo } from '../../../data/repos/question-queue-repo.ts';
import { formatDateTime } from '../../../data/time/index.ts';
import { databaseLocation } from '../../../bot/config/env.ts';
import { cliEnv, orgDirFrom, print } from '../cli-context.ts';

/**
 * `tonggong questions [--json]`: the open unanswered questions, most asked first, for HR's
 * tools (the same list as 「待回复问题」). Who asked is never printed.
 */
export async function questionsCommand(argv: string[]): Promise<number> {
  const options = { org: { type: 'string' }, db: { type: 'string' }, json: { type: 'boolean' } } as const;
  const { values } = parseArgs({ args: argv, options });
  const env = cliEnv();
  const org = loadOrg(orgDirFrom(values.org, env));
  const db = await openDatabase(databaseLocation(values.db, env));
  try {
    const repo = new QuestionQueueRepo(db);
    const open = await repo.open();
    if (!open.length && !values.json) print('no unanswered questions');
    for (const q of open) {
      const doc = q.section ? org.documents.find((d) => d.slug === q.section!.doc) : undefined;
      const title = doc?.title ?? q.section?.doc;
      const section = q.section ? { doc: q.section.doc, title, path: q.section.path } : null;
      if (values.json) {
        const kinds = await repo.kinds(q.id);
        const [firstAskedAt, lastAskedAt] = [q.firstAskedAt.toISOString(), q.lastAskedAt.toISOString()];
        const json = { id: q.id, question: q.text, count: q.count, kinds, section, firstAskedAt, lastAskedAt };
        print(JSON.stringify(json));
      } else {
        const cited = section ? `《${doc?.short ?? section.doc}》${section.path.split(' › ').at(-1)}` : '—';
        print([q.id, `${q.count}次`, q.text, cited, `最近 ${formatDateTime(q.lastAskedAt)}`].join('\t'));
      }
    }
    return 0;
  } finally {
    await db.destroy();
  }
}
