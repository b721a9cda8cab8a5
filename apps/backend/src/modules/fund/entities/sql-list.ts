/** `'a', 'b'` for a CHECK constraint on a column whose values come from a domain list. */
export function sqlList(values: readonly string[]): string {
  return values.map((v) => `'${v}'`).join(', ');
}
