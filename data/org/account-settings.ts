import { z } from 'zod';

const ENV_NAME = /^[A-Z][A-Z0-9_]*$/;
const envName = z
  .string()
  .regex(ENV_NAME, 'must name an environment variable (e.g. ORG_A_WECOM_SECRET), never hold the secret itself');

/**
 * `accounts` in org.json (optional; read only when `ORGS_DIR` serves many organisations): which
 * environment variables hold this organisation's chat credentials. The folder names them and never
 * holds them: organisation folders are edited by HR, copied and backed up; secrets stay in the
 * deployment's environment (systemd `EnvironmentFile`), as WECOM_BOT_ID does for one organisation.
 * No `accounts`: the organisation runs without a chat account (its sends wait in the outbox).
 */
export const accountSettingsSchema = z
  .object({
    wecom: z.object({ botIdEnv: envName, secretEnv: envName, wsUrlEnv: envName.optional() }).strict().optional(),
    wechaty: z
      .object({
        puppetEnv: envName,
        tokenEnv: envName.optional(),
        /** Wechaty's session name (its `<name>.memory-card.json`); default `tonggong-<folder>`. */
        name: z
          .string()
          .regex(/^[\w.-]+$/, 'must be letters, digits, `.`, `_` or `-`')
          .optional(),
      })
      .strict()
      .optional(),
  })
  .strict()
  .optional();
export type AccountSettings = z.infer<typeof accountSettingsSchema>;
