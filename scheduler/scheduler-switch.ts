import type { SettingsRepo } from '../data/repos/settings-repo.ts';

const KEY = 'scheduler.paused';

export interface SwitchState {
  readonly paused: boolean;
  /** `env`: SCHEDULER_PAUSED is set (only a restart without it resumes); `chat`: HR paused by message. */
  readonly by?: 'env' | 'chat';
  readonly staffId?: string;
  readonly since?: Date;
}

/**
 * The switch that stops every scheduled send (a WeChat account being throttled, a wrong
 * reminder going out). While paused, occurrences are still planned; what goes stale is
 * marked missed and HR is told on resuming, so nothing is dropped silently.
 */
export class SchedulerSwitch {
  constructor(
    private readonly settings: SettingsRepo,
    private readonly pausedByEnv: boolean = false,
  ) {}

  async state(): Promise<SwitchState> {
    if (this.pausedByEnv) return { paused: true, by: 'env' };
    const raw = await this.settings.get(KEY);
    if (!raw) return { paused: false };
    try {
      const v = JSON.parse(raw) as { paused?: boolean; staffId?: string; at?: string };
      if (!v.paused) return { paused: false };
      return { paused: true, by: 'chat', staffId: v.staffId, since: v.at ? new Date(v.at) : undefined };
    } catch {
      return { paused: false };
    }
  }

  async isPaused(): Promise<boolean> {
    return (await this.state()).paused;
  }

  async pause(staffId: string, now: Date): Promise<void> {
    await this.settings.set(KEY, JSON.stringify({ paused: true, staffId, at: now.toISOString() }), now);
  }

  /** False when the environment keeps it paused: a chat command can't override the operator. */
  async resume(staffId: string, now: Date): Promise<boolean> {
    await this.settings.set(KEY, JSON.stringify({ paused: false, staffId, at: now.toISOString() }), now);
    return !this.pausedByEnv;
  }
}
