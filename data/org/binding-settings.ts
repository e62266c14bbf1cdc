import { z } from 'zod';

/**
 * `org.json` → `binding`: how WeChat binding codes are issued and how guessing is stopped.
 * Defaults are what a careful HR officer would pick for an organisation of tens to a few
 * hundred staff: a code is typed within a day, nobody honestly mistypes one five times in an
 * hour, and thirty wrong codes an hour across all contacts means someone is guessing.
 */
export const bindingSettingsSchema = z
  .object({
    /** How long a code HR hands out stays valid. */
    codeLifetimeHours: z
      .number()
      .int()
      .min(1)
      .max(24 * 7)
      .default(24),
    /** Wrong codes one contact may send in an hour; after that the bot stays silent to its codes for the hour. */
    failuresPerContactPerHour: z.number().int().min(1).max(100).default(5),
    /** Wrong codes from all contacts together in an hour before the bot stops taking codes and alerts HR. */
    failuresPerHour: z.number().int().min(1).max(10000).default(30),
    /** How long codes are refused once the global cap is hit. */
    pauseMinutes: z
      .number()
      .int()
      .min(1)
      .max(24 * 60)
      .default(60),
  })
  .strict()
  .prefault({});
export type BindingSettings = z.infer<typeof bindingSettingsSchema>;

export const DEFAULT_BINDING_SETTINGS: BindingSettings = bindingSettingsSchema.parse(undefined);
