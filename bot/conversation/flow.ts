import type { z } from 'zod';
import type { Context } from '../context.ts';
import type { ActionPress, Outgoing } from '../../data/message.ts';

/** Where a flow stands: a named step (never an index) and its validated state. */
export interface FlowPosition<S> {
  readonly step: string;
  readonly state: S;
}

export interface FlowInput {
  readonly text: string;
  readonly action?: ActionPress;
}

export interface FlowResult<S, E> {
  /** The next position; absent when the flow is finished. */
  readonly next?: FlowPosition<S>;
  readonly replies?: readonly Outgoing[];
  /** Side effects, run only after the new position is saved (grammY conversations' golden rule). */
  readonly effects?: readonly E[];
  /**
   * The input isn't for this flow: let the handlers answer it, and either keep the position
   * (an unrelated question in the middle of a leave request) or end the flow (the offer it
   * was waiting on no longer applies). Effects returned with it still run (their replies are
   * not sent): the flow can record that its offer was passed over.
   */
  readonly passThrough?: 'keep' | 'end';
  /**
   * With passThrough 'keep': sent after the handlers have answered the input — where the flow
   * stands, so the person reads the answer first and the way back to their request last.
   */
  readonly after?: readonly Outgoing[];
}

/**
 * A multi-turn conversation as an explicit, persisted, versioned state machine. `step` is
 * pure: everything it needs to read is gathered first by `prepare`, and everything it wants
 * done comes back as `effects` for `perform`.
 */
export interface Flow<S, Env = unknown, E = never> {
  readonly name: string;
  /** Bump when the state's shape changes: a saved conversation of another version is discarded politely. */
  readonly version: number;
  readonly schema: z.ZodType<S>;
  readonly timeoutMinutes: number;
  /** What the person is doing, for "您的请假申请已超时取消". */
  readonly title: string;
  /**
   * For an offer that simply lapses (numbered choices, 「转人事」): nothing is half-done, so no
   * "已超时" notice is sent when the person next writes; these effects are performed instead.
   */
  readonly lapsed?: (state: S) => readonly E[];
  prepare(ctx: Context): Promise<Env>;
  step(position: FlowPosition<S>, input: FlowInput, env: Env, now: Date): FlowResult<S, E>;
  /** Runs one effect; may return extra replies (e.g. the new request's number). */
  perform?(effect: E, ctx: Context): Promise<readonly Outgoing[] | void>;
}

// Flows of different state types live in one registry.
// biome-ignore lint/suspicious/noExplicitAny: each flow's state type is its own; the registry only routes by name
export type AnyFlow = Flow<any, any, any>;
