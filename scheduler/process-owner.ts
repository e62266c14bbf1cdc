import { randomUUID } from 'node:crypto';
import { hostname } from 'node:os';

/**
 * Who holds a claim on an outbox row: `host/pid/token`. A claim left by a process that died
 * (killed mid-batch) is taken over at once when that process ran on this host; from another
 * host, only when its lease runs out.
 */
export interface ProcessOwner {
  readonly id: string;
  /** True when the claimant is certainly gone, so its claim can be taken over before the lease ends. */
  isGone(claimedBy: string): boolean;
}

/** Owners created in this process: several schedulers may share one (tests, the bench). */
const liveTokens = new Set<string>();

export function processOwner(isAlive: (pid: number) => boolean = pidIsAlive): ProcessOwner {
  const host = hostname();
  const pid = process.pid;
  const token = randomUUID().slice(0, 8);
  liveTokens.add(token);
  return {
    id: `${host}/${pid}/${token}`,
    isGone(claimedBy) {
      const [h, p, t] = claimedBy.split('/');
      if (h !== host || p === undefined || t === undefined) return false;
      // Our pid but a token this process never made: an earlier process that had our pid
      // (a container restarts as pid 1).
      if (Number(p) === pid) return !liveTokens.has(t);
      return !isAlive(Number(p));
    },
  };
}

function pidIsAlive(pid: number): boolean {
  if (!Number.isInteger(pid) || pid <= 0) return false;
  try {
    process.kill(pid, 0);
    return true;
  } catch (error) {
    // EPERM: it exists but belongs to someone else.
    return (error as NodeJS.ErrnoException).code === 'EPERM';
  }
}
