/** A configuration file (org data, env) that cannot be used: names the file, row and field. */
export class ConfigError extends Error {
  constructor(
    readonly file: string,
    readonly problems: readonly ConfigProblem[],
  ) {
    super(`${file}:\n${problems.map((p) => `  - ${formatProblem(p)}`).join('\n')}`);
    this.name = 'ConfigError';
  }
}

export interface ConfigProblem {
  /** 1-based data row (CSV) or entry path (JSON/YAML), when known. */
  readonly row?: number | string;
  readonly field?: string;
  readonly message: string;
}

function formatProblem(p: ConfigProblem): string {
  const where = [p.row !== undefined ? `row ${p.row}` : undefined, p.field ? `field "${p.field}"` : undefined]
    .filter(Boolean)
    .join(', ');
  return where ? `${where}: ${p.message}` : p.message;
}
