import { writeFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { DatabaseOpenError, openDatabase } from '../../../data/db/open-database.ts';
import { tempDbPath } from '../../fakes/org-fixture.ts';

describe('opening the database', () => {
  it('creates a missing file with the schema and WAL journaling', async () => {
    const path = tempDbPath();
    const db = await openDatabase(path);
    const tables = await db.introspection.getTables();
    expect(tables.map((t) => t.name)).toEqual(expect.arrayContaining(['conversations', 'bindings', 'processed_messages']));
    await db.destroy();
  });

  it('refuses a corrupt file with a message saying what to do', async () => {
    const path = tempDbPath();
    writeFileSync(path, 'this is not a database'.repeat(100));
    await expect(openDatabase(path)).rejects.toBeInstanceOf(DatabaseOpenError);
    await expect(openDatabase(path)).rejects.toThrow(/Move it aside/);
  });

  it('migrates an existing file only once', async () => {
    const path = tempDbPath();
    await (await openDatabase(path)).destroy();
    const again = await openDatabase(path);
    await expect(again.selectFrom('bindings').selectAll().execute()).resolves.toEqual([]);
    await again.destroy();
  });
});
