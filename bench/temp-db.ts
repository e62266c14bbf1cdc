import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

export function tempDbFile(): string {
  return join(mkdtempSync(join(tmpdir(), 'tonggong-bench-')), 'bench.db');
}
