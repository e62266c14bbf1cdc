import type { z } from 'zod';
import type { ConfigProblem } from '../errors.ts';

/** Turns zod issues into problems naming the entry (row) and the field. */
export function zodProblems(error: z.ZodError): ConfigProblem[] {
  return error.issues.map((issue) => {
    const path = issue.path.map(String);
    return {
      row: path.length > 1 ? path.slice(0, -1).join('.') : undefined,
      field: path.length ? path[path.length - 1] : undefined,
      message: issue.message,
    };
  });
}
