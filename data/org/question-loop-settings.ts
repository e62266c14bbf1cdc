import { z } from 'zod';

/**
 * `questionLoop` in org.json (optional): when HR gets the weekly digest of unanswered
 * questions, and how soon after an answer a 「不对」 counts as saying that answer was wrong.
 */
export const questionLoopSchema = z
  .object({
    /** 1 = Monday … 7 = Sunday. When that day is not a working day, the week's next working day. */
    digestWeekday: z.number().int().min(1).max(7).default(1),
    /** Asia/Shanghai time, HH:MM. */
    digestTime: z
      .string()
      .regex(/^([01]\d|2[0-3]):[0-5]\d$/, 'must be HH:MM, e.g. 09:00')
      .default('09:00'),
    feedbackMinutes: z.number().int().min(1).max(120).default(10),
  })
  .prefault({});
export type QuestionLoopSettings = z.infer<typeof questionLoopSchema>;
