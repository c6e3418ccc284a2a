/**
 * The conditions of a list query, only for the filters actually given: each combination is
 * its own statement with a plan of its own (an optional filter written as `$n IS NULL OR …`
 * would leave one generic plan that cannot use an index order for any of them).
 */
export class SqlFilter {
  readonly params: unknown[];
  private readonly conditions: string[] = [];

  /** `fixed` are the query's own parameters, $1 … $n in that order. */
  constructor(fixed: readonly unknown[] = []) {
    this.params = [...fixed];
  }

  /** Adds a value as the next parameter and returns its placeholder. */
  param(value: unknown): string {
    return `$${this.params.push(value)}`;
  }

  where(condition: string): void {
    this.conditions.push(condition);
  }

  /** The conditions, each preceded by AND (empty without any). */
  get and(): string {
    return this.conditions.map((c) => ` AND ${c}`).join('');
  }
}
