import { z } from 'zod';
import { questionLoopSchema } from './question-loop-settings.ts';

/** `org.json`: the organisation's name and where its staff group lives on each channel. */
export const orgInfoSchema = z.object({
  name: z.string().min(1),
  shortName: z.string().min(1),
  note: z.string().optional(),
  staffGroup: z.object({
    /** The id the core uses for the staff group (`{"room": "staff-group"}` in simulate). */
    id: z.string().min(1),
    name: z.string().min(1),
    /** The WeChat group's topic, used to find the room after login. */
    wechatyTopic: z.string().optional(),
    /** The WeCom group's chatid. */
    wecomChatId: z.string().optional(),
  }),
  /** How staff reach HR, shown to unknown senders. */
  hrContact: z.string().min(1),
  questionLoop: questionLoopSchema,
});
export type OrgInfo = z.infer<typeof orgInfoSchema>;
