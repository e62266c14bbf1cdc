import { watch, type FSWatcher } from 'node:fs';
import { loadOrg, type Org } from '../data/org/load-org.ts';
import type { Logger } from './logger.ts';

/**
 * The organisation data currently in use. `reload()` re-reads the folder; a broken edit is
 * logged and the last good data stays in use, so HR can't take the bot down with a typo.
 */
export class OrgStore {
  private current: Org;
  private readonly listeners: ((org: Org) => void)[] = [];
  private watcher: FSWatcher | undefined;
  private timer: NodeJS.Timeout | undefined;

  constructor(
    readonly dir: string,
    private readonly log: Logger,
    initial?: Org,
  ) {
    this.current = initial ?? loadOrg(dir);
  }

  get org(): Org {
    return this.current;
  }

  onReload(listener: (org: Org) => void): void {
    this.listeners.push(listener);
  }

  /** Returns null on success, or the problems that kept the old data in place. */
  reload(): string | null {
    try {
      this.current = loadOrg(this.dir);
    } catch (error) {
      this.log.error({ err: error }, 'organisation data not reloaded; the last good data stays in use');
      return error instanceof Error ? error.message : String(error);
    }
    for (const l of this.listeners) l(this.current);
    this.log.info({ dir: this.dir }, 'organisation data reloaded');
    return null;
  }

  /** Reloads shortly after files in the folder change (editors write in bursts). */
  watch(): void {
    this.watcher = watch(this.dir, { recursive: true }, () => {
      clearTimeout(this.timer);
      this.timer = setTimeout(() => this.reload(), 500);
    });
  }

  close(): void {
    clearTimeout(this.timer);
    this.watcher?.close();
  }
}
