/**
 * Arrays of one elements kind. V8 gives every array a hidden "elements kind" (packed or holey;
 * small integers or anything), and optimised code that reads arrays is compiled for the kinds it
 * has seen: an array of another kind arriving later throws that code away ("deopt: wrong map") and
 * the function is compiled again, inlined callees and all. Array.prototype.map returns a PACKED
 * array while its caller runs in the interpreter and a HOLEY one once the caller is optimised, so
 * every reader of a `.map()` result meets a new kind mid-run. Arrays the extraction keeps or hands
 * on are therefore built by pushing into `[]` (packed in every tier): with `mapped` where a map
 * reads best.
 */
export function mapped<T, U>(xs: readonly T[], f: (x: T, i: number) => U): U[] {
  const out: U[] = [];
  for (let i = 0; i < xs.length; i++) out.push(f(xs[i]!, i));
  return out;
}
