import { existsSync, watch, type FSWatcher } from 'node:fs';
import { join } from 'node:path';
import { loadOrg, type Org } from '../data/org/load-org.ts';
import type { Logger } from './logger.ts';

/** Builds what depends on the data (e.g. the policy index) and returns how to put it in use. */
export type ReloadPreparer = (org: Org) => Promise<() => void>;

/** Folders watched beside the organisation folder itself (only one level deep). */
const WATCHED_SUBFOLDERS = ['policies'];

/**
 * The organisation data currently in use. `reload()` re-reads the folder; a broken edit is
 * logged, reported to HR and the last good data stays in use, so HR can't take the bot
 * down with a typo. The new data and everything built from it (the policy index takes
 * seconds) are prepared while messages are still served by the old ones, then swapped in
 * at once.
 */
export class OrgStore {
  private current: Org;
  private readonly preparers: ReloadPreparer[] = [];
  private readonly listeners: ((org: Org) => void)[] = [];
  private readonly failureListeners: ((problems: string) => void | Promise<void>)[] = [];
  private watchers: FSWatcher[] = [];
  private timer: NodeJS.Timeout | undefined;
  /** The reload under way, and whether another was asked for meanwhile (a file saved again). */
  private running: Promise<string | null> | undefined;
  private pending: Promise<string | null> | undefined;

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

  /** Runs on each successful reload before the swap; the reload waits for it, messages don't. */
  prepareOnReload(preparer: ReloadPreparer): void {
    this.preparers.push(preparer);
  }

  /** Runs right after the new data is in use. */
  onReload(listener: (org: Org) => void): void {
    this.listeners.push(listener);
  }

  /** Hears the problems of a reload that was refused (unless the reload was asked for `quietly`). */
  onReloadFailed(listener: (problems: string) => void | Promise<void>): void {
    this.failureListeners.push(listener);
  }

  /**
   * Returns null on success, or the problems that kept the old data in place. Reloads never
   * overlap: one asked for during another runs once after it, with the files as they are then.
   * `quietly`: the caller reports the problems itself (HR's 「重新加载」 answers the one who asked).
   */
  reload(options: { quietly?: boolean } = {}): Promise<string | null> {
    if (!this.running) {
      this.running = this.load(options).finally(() => (this.running = undefined));
      return this.running;
    }
    this.pending ??= this.running.then(() => {
      this.pending = undefined;
      return this.reload(options);
    });
    return this.pending;
  }

  private async load(options: { quietly?: boolean }): Promise<string | null> {
    let next: Org;
    let commits: (() => void)[];
    try {
      // Let the message in hand finish first; the reading itself is quick, the index is not.
      await new Promise((resolve) => setImmediate(resolve));
      next = loadOrg(this.dir);
      commits = [];
      for (const prepare of this.preparers) commits.push(await prepare(next));
    } catch (error) {
      this.log.error({ err: error }, 'organisation data not reloaded; the last good data stays in use');
      const problems = error instanceof Error ? error.message : String(error);
      if (!options.quietly) await this.tell(problems);
      return problems;
    }
    // The swap: no await between these lines, so no message sees half of it.
    this.current = next;
    for (const commit of commits) commit();
    for (const l of this.listeners) l(this.current);
    this.log.info({ dir: this.dir }, 'organisation data reloaded');
    return null;
  }

  private async tell(problems: string): Promise<void> {
    for (const l of this.failureListeners) {
      try {
        await l(problems);
      } catch (error) {
        this.log.error({ err: error }, 'could not report the refused reload');
      }
    }
  }

  /**
   * Reloads shortly after files in the folder change (editors write in bursts). The folders
   * are watched, not the files: an editor or `sed -i` saves by moving a new file over the
   * old one, and a watch on the old file (what Node's recursive watch does on Linux) goes
   * deaf after the first such save.
   */
  watch(): void {
    const onChange = (_event: string, name: string | Buffer | null) => {
      // Removed, not edited: nothing to reload (the ORGS_DIR supervisor stops the organisation).
      if (!existsSync(this.dir)) return this.close();
      if (String(name ?? '') === WATCHED_SUBFOLDERS[0]) this.rearm(onChange);
      clearTimeout(this.timer);
      this.timer = setTimeout(() => void this.reload(), 500);
    };
    this.rearm(onChange);
  }

  private rearm(onChange: (event: string, name: string | Buffer | null) => void): void {
    for (const w of this.watchers) w.close();
    this.watchers = [];
    // The folder removed under us (ORGS_DIR: an organisation taken away while served) must not
    // throw out of the watcher's callback and end the process: it is reported and watching stops.
    const deaf = (error: unknown) => {
      this.log.warn({ err: error, dir: this.dir }, 'organisation folder no longer watched (removed?)');
      this.close();
    };
    try {
      const folders = [this.dir, ...WATCHED_SUBFOLDERS.map((f) => join(this.dir, f)).filter((f) => existsSync(f))];
      for (const f of folders) this.watchers.push(watch(f, onChange).on('error', deaf));
    } catch (error) {
      deaf(error);
    }
  }

  close(): void {
    clearTimeout(this.timer);
    for (const w of this.watchers) w.close();
    this.watchers = [];
  }
}
