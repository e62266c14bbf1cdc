import { writeFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { openDatabase } from '../../../data/db/open-database.ts';
import { DatabaseOpenError } from '../../../data/db/database-open-error.ts';
import { tempDbPath } from '../../fakes/org-fixture.ts';
import { onPostgres } from '../../fakes/test-store.ts';

describe('opening the database', () => {
  it('creates a missing file with the schema and WAL journaling', async () => {
    const path = tempDbPath();
    const db = await openDatabase(path);
    const tables = await db.introspection.getTables();
    expect(tables.map((t) => t.name)).toEqual(
      expect.arrayContaining(['conversations', 'bindings', 'processed_messages']),
    );
    await db.destroy();
  });

  it.skipIf(onPostgres)('refuses a corrupt file with a message saying what to do', async () => {
    const path = tempDbPath();
    writeFileSync(path, 'this is not a database'.repeat(100));
    await expect(openDatabase(path)).rejects.toBeInstanceOf(DatabaseOpenError);
    await expect(openDatabase(path)).rejects.toThrow(/Move it aside/);
  });

  it('refuses a PostgreSQL server it cannot reach with a message naming it, without the password', async () => {
    // Port 1 on the loopback: nothing listens there, so the connection is refused at once.
    const failure = openDatabase('postgres://hr:secret@127.0.0.1:1/tonggong');
    await expect(failure).rejects.toBeInstanceOf(DatabaseOpenError);
    await expect(failure).rejects.toThrow(/postgres:\/\/hr:\*\*\*@127\.0\.0\.1:1\/tonggong.*\n.*PostgreSQL runs/);
    await expect(failure).rejects.not.toThrow(/secret/);
  });

  it('migrates an existing file only once', async () => {
    const path = tempDbPath();
    await (await openDatabase(path)).destroy();
    const again = await openDatabase(path);
    await expect(again.selectFrom('bindings').selectAll().execute()).resolves.toEqual([]);
    await again.destroy();
  });
});
