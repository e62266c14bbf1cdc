import { parseArgs } from 'node:util';
import { loadOrg } from '../../../data/org/load-org.ts';
import { openDatabase } from '../../../data/db/open-database.ts';
import { BindingsRepo } from '../../../data/repos/bindings-repo.ts';
import { bindingFailuresReport } from '../../../handlers/admin/binding-failures.ts';
import { formatBindCode } from '../../../bot/identity/bind-code-text.ts';
import { formatDateTime } from '../../../data/time/index.ts';
import { databaseLocation } from '../../../bot/config/env.ts';
import { cliEnv, orgDirFrom, print } from '../cli-context.ts';

async function open(argv: string[]) {
  const { values, positionals } = parseArgs({
    args: argv,
    allowPositionals: true,
    options: { org: { type: 'string' }, db: { type: 'string' } },
  });
  const env = cliEnv();
  const org = loadOrg(orgDirFrom(values.org, env));
  const db = await openDatabase(databaseLocation(values.db, env));
  return { org, db, repo: new BindingsRepo(db), positionals };
}

/** `tonggong bind-code <staff id>`: a one-time code the person sends to the bot on WeChat. */
export async function bindCodeCommand(argv: string[]): Promise<number> {
  const { org, db, repo, positionals } = await open(argv);
  try {
    const found = positionals[0] ? org.directory.matching(positionals[0]) : [];
    const person = found.length === 1 ? found[0] : undefined;
    if (!person) {
      print(`usage: tonggong bind-code <staff id>   (${whyNot(positionals[0], found)})`);
      return 2;
    }
    const lifetimeMs = org.info.binding.codeLifetimeHours * 3600 * 1000;
    const { code, expiresAt } = await repo.createCode(person.id, new Date(), lifetimeMs);
    print(
      `${person.name}（${person.id}）的绑定码：${formatBindCode(code)}，${formatDateTime(expiresAt)}前有效，只能用一次。`,
    );
    return 0;
  } finally {
    await db.destroy();
  }
}

/** `tonggong bindings`: who has bound which chat identity, then the wrong codes of the last week. */
export async function bindingsCommand(argv: string[]): Promise<number> {
  const { org, db, repo } = await open(argv);
  try {
    const list = await repo.list();
    if (!list.length) print('no bindings yet');
    for (const b of list)
      print(
        `${b.staffId}\t${org.directory.get(b.staffId)?.name ?? '?'}\t${b.channel}\t${b.externalId}\t${b.createdAt}`,
      );
    print('');
    print(await bindingFailuresReport(db, org.info.binding, new Date()));
    return 0;
  } finally {
    await db.destroy();
  }
}

/** `tonggong unbind <staff id>`: revokes a person's bindings and unused codes. */
export async function unbindCommand(argv: string[]): Promise<number> {
  const { org, db, repo, positionals } = await open(argv);
  try {
    const found = positionals[0] ? org.directory.matching(positionals[0]) : [];
    const person = found.length === 1 ? found[0] : undefined;
    if (!person) {
      print(`usage: tonggong unbind <staff id>   (${whyNot(positionals[0], found)})`);
      return 2;
    }
    print(`removed ${await repo.revoke(person.id)} binding(s) of ${person.name}（${person.id}）`);
    return 0;
  } finally {
    await db.destroy();
  }
}

/** Why a name or id picked nobody: not in the directory, or held by several people. */
function whyNot(query: string | undefined, found: readonly { id: string; team: string }[]): string {
  const who = found.map((p) => `${p.id} ${p.team}`).join(', ');
  if (found.length > 1) return `${found.length} people are named ${query}: ${who}; use the staff id`;
  return `no such person: ${query ?? '—'}`;
}
