/** Toggling options of a list filter where `null` means "all". */
export function toggled(current: string[] | null, all: readonly string[], values: readonly string[], on: boolean): string[] | null {
  const set = new Set(current ?? all);
  for (const v of values) {
    if (on) set.add(v);
    else set.delete(v);
  }
  return all.every((v) => set.has(v)) ? null : all.filter((v) => set.has(v));
}
