import { cpSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { loadOrg, OrgLoadError, SAMPLE_ORG_DIR } from '../../data/org/load-org.ts';

/** A scratch copy of the sample organisation, to break or edit in a test. */
export function copySampleOrg(): string {
  const dir = mkdtempSync(join(tmpdir(), 'tonggong-org-'));
  cpSync(SAMPLE_ORG_DIR, dir, { recursive: true });
  return dir;
}

export function writeOrgFile(dir: string, name: string, content: string): void {
  writeFileSync(join(dir, name), content);
}

export function tempDbPath(): string {
  return join(mkdtempSync(join(tmpdir(), 'tonggong-db-')), 'test.db');
}

/** The message with which loading the organisation folder is refused (fails if it loads). */
export function refusalOf(dir: string): string {
  try {
    loadOrg(dir);
  } catch (error) {
    if (error instanceof OrgLoadError) return error.message;
    throw error;
  }
  throw new Error('expected the org to be refused');
}
