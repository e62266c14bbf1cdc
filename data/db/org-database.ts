import { existsSync, readdirSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { isPostgresUrl } from './dialect.ts';

/** One organisation of a multi-organisation deployment: its folder and where its own data lives. */
export interface OrgFolder {
  /** The folder's name: the `org` label in /metrics and the key of its data. */
  readonly id: string;
  readonly dir: string;
  /** Its own database: a schema `org_<id>` on PostgreSQL, a file `orgs/<id>.db` beside TONGGONG_DB on SQLite. */
  readonly database: string;
}

/** A folder name as a schema or file name: lower case, letters, digits and `_`. */
export function orgKey(folder: string): string {
  return folder
    .toLowerCase()
    .replace(/[^a-z0-9_]+/g, '_')
    .replace(/^_+|_+$/g, '')
    .slice(0, 50);
}

/**
 * Where an organisation's data lives, from the deployment's database setting: on PostgreSQL the
 * same database, the organisation's own schema (every query runs in it through `search_path`, so
 * none can reach another organisation's tables); on SQLite its own file.
 */
export function orgDatabase(base: string, id: string): string {
  const key = orgKey(id);
  if (isPostgresUrl(base)) {
    const url = new URL(base);
    url.searchParams.set('schema', `org_${key}`);
    return url.toString();
  }
  return join(base === ':memory:' ? 'var' : dirname(base), 'orgs', `${key}.db`);
}

/**
 * The organisations of ORGS_DIR: every sub-folder with an org.json, in name order. Read afresh on
 * each call, so an organisation added or removed shows up without a restart. Two folders that
 * would share a schema or file (`Org-A` and `org_a`) are refused.
 */
export function listOrgFolders(orgsDir: string, base: string): OrgFolder[] {
  const root = resolve(orgsDir);
  const folders = readdirSync(root, { withFileTypes: true })
    .filter((e) => e.isDirectory() && existsSync(join(root, e.name, 'org.json')))
    .map((e) => e.name)
    .sort();
  const seen = new Map<string, string>();
  for (const f of folders) {
    const key = orgKey(f);
    const other = seen.get(key);
    if (!key || other)
      throw new Error(`organisation folders ${other ?? ''} and ${f} would share data (${key}): rename one`);
    seen.set(key, f);
  }
  return folders.map((id) => ({ id, dir: join(root, id), database: orgDatabase(base, id) }));
}
