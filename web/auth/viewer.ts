import type { Staff } from '../../data/org/staff.ts';
import type { ConsoleScope } from '../../handlers/web-login/console-scope.ts';

/** The person using the console on this request, checked against the directory every time. */
export interface Viewer {
  readonly person: Staff;
  readonly scope: ConsoleScope;
  /** The token every change must carry (a form field `_csrf`). */
  readonly csrf: string;
}

declare module 'fastify' {
  interface FastifyRequest {
    viewer?: Viewer;
  }
}
