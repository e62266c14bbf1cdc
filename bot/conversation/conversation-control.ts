import type { Outgoing } from '../../data/message.ts';
import type { AnyFlow, FlowPosition } from './flow.ts';

/** How a handler starts or ends the person's multi-turn conversation. */
export interface ConversationControl {
  /** Saves the flow at the given position (replacing any other), then sends the replies. */
  start<S>(flow: AnyFlow, position: FlowPosition<S>, replies?: readonly Outgoing[]): Promise<void>;
  /** The name of the person's active flow, if any. */
  active(): Promise<string | undefined>;
  end(): Promise<void>;
}
