/** One bad or missing variable. `received` is absent for missing and sensitive variables. */
export interface ConfigIssue {
  variable: string;
  reason: string;
  received?: string;
}

export class ConfigValidationError extends Error {
  override readonly name = 'ConfigValidationError';

  constructor(
    readonly issues: readonly ConfigIssue[],
    readonly service?: string,
  ) {
    super(formatMessage(issues, service));
  }
}

function formatMessage(issues: readonly ConfigIssue[], service: string | undefined): string {
  const heading = service ? `Invalid configuration for ${service}:` : 'Invalid configuration:';
  const lines = issues.map(({ variable, reason, received }) =>
    received === undefined ? `  - ${variable}: ${reason}` : `  - ${variable}: ${reason} (got ${received})`,
  );
  return [heading, ...lines].join('\n');
}
