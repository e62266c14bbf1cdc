import type { FeatureDeps } from '../feature-deps.ts';
import { adminText } from './messages.ts';

/**
 * A file saved in the organisation folder was refused: HR (from the directory still in use)
 * hears privately what is wrong, since nobody asked and the old data quietly stays.
 */
export async function tellHrReloadRefused(
  deps: Pick<FeatureDeps, 'store' | 'messenger' | 'log'>,
  problems: string,
): Promise<void> {
  for (const hr of deps.store.org.directory.withRole('hr')) {
    try {
      await deps.messenger.send({ staffId: hr.id }, adminText.reloadFailed(problems));
    } catch (error) {
      deps.log.warn(
        { err: error instanceof Error ? error.message : String(error), to: hr.id },
        'could not tell HR about the refused reload',
      );
    }
  }
}
