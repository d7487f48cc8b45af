/** Header fields collected value by value: keys lower-cased, empty and repeated values dropped. */
export class FieldSet {
  private readonly values: Record<string, string[]> = {};

  add(key: string, value: string | null | undefined): void {
    const k = key.trim().toLowerCase();
    const v = value?.replace(/\s+/g, ' ').trim();
    if (!k || !v) return;
    const list = (this.values[k] ??= []);
    if (!list.includes(v)) list.push(v);
  }

  first(key: string): string | null {
    return this.values[key]?.[0] ?? null;
  }

  toRecord(): Record<string, string[]> {
    return this.values;
  }
}
