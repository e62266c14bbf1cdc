import { z } from 'zod';
import { bindingSettingsSchema } from './binding-settings.ts';
import { CHANNEL_NAME } from './identity-columns.ts';

const HR_COPIES_HELP =
  'must be {"mode": "digest", "time": "17:30"}, {"mode": "inbox", "staffId": "S006"} or {"mode": "every-hr"}';

/**
 * Where HR's copy (备案) of each leave and overtime request and decision goes:
 * - `digest` (the default): nothing at once; at `time` on each working day every HR officer
 *   gets one private list of the day's requests and decisions. Two HR officers each getting
 *   every copy at once was 14 messages each from one person in a month.
 * - `inbox`: each copy at once, to one named HR officer (`staffId`).
 * - `every-hr`: each copy at once, to every HR officer (the old behaviour).
 * Urgent matters (a 销假, a request nobody can approve) go at once whatever the mode.
 */
export const hrCopiesSchema = z
  .discriminatedUnion(
    'mode',
    [
      z.object({
        mode: z.literal('digest'),
        time: z
          .string()
          .regex(/^([01]\d|2[0-3]):[0-5]\d$/, 'must be HH:MM, e.g. 17:30')
          .default('17:30'),
      }),
      z.object({
        mode: z.literal('inbox'),
        staffId: z.string().min(1, 'must be the staff id of an HR officer, e.g. S006'),
      }),
      z.object({ mode: z.literal('every-hr') }),
    ],
    { error: HR_COPIES_HELP },
  )
  .default({ mode: 'digest', time: '17:30' });
export type HrCopies = z.infer<typeof hrCopiesSchema>;
import { questionLoopSchema } from './question-loop-settings.ts';
import { accountSettingsSchema } from './account-settings.ts';

/**
 * The staff group: its id in the core, its name, and what each channel calls it, by channel
 * name (`"channels": {"wechaty": "<the WeChat group's topic>", "wecom": "<the WeCom chatid>"}`);
 * each channel's route reads its own entry, so a new channel adds an entry and no field. An
 * empty entry means the group is not on that channel. The fields of earlier org.json files,
 * `wechatyTopic` and `wecomChatId`, are still read as those two entries.
 */
const staffGroupSchema = z
  .object({
    /** The id the core uses for the staff group (`{"room": "staff-group"}` in simulate). */
    id: z.string().min(1),
    name: z.string().min(1),
    channels: z.record(z.string().regex(CHANNEL_NAME, 'must be a channel name, e.g. wecom'), z.string()).default({}),
    wechatyTopic: z.string().optional(),
    wecomChatId: z.string().optional(),
  })
  .transform(({ id, name, channels, wechatyTopic, wecomChatId }) => {
    const all = { wechaty: wechatyTopic ?? '', wecom: wecomChatId ?? '', ...channels };
    return { id, name, channels: Object.fromEntries(Object.entries(all).filter(([, room]) => room !== '')) };
  });
export type StaffGroup = z.infer<typeof staffGroupSchema>;

/** `org.json`: the organisation's name and where its staff group lives on each channel. */
export const orgInfoSchema = z.object({
  name: z.string().min(1),
  shortName: z.string().min(1),
  note: z.string().optional(),
  staffGroup: staffGroupSchema,
  /** How staff reach HR, shown to unknown senders. */
  hrContact: z.string().min(1),
  hrCopies: hrCopiesSchema,
  /** WeChat binding codes: lifetime and the limits on wrong codes (defaults in binding-settings.ts). */
  binding: bindingSettingsSchema,
  questionLoop: questionLoopSchema,
  /** With ORGS_DIR: the environment variables naming this organisation's chat accounts. */
  accounts: accountSettingsSchema,
});
export type OrgInfo = z.infer<typeof orgInfoSchema>;
