/**
 * Whether a parsed JSON value nests deeper than `max` arrays or objects. Iterative, so that a
 * hostile body (an attribute 5,000 levels deep fits in 10 kB) cannot exhaust the stack in any code
 * that walks it afterwards: check this before fingerprinting or validating.
 */
export function nestsDeeperThan(value: unknown, max: number): boolean {
  const stack: { v: unknown; depth: number }[] = [{ v: value, depth: 0 }];
  while (stack.length) {
    const { v, depth } = stack.pop()!;
    if (v === null || typeof v !== "object") continue;
    if (depth + 1 > max) return true;
    for (const child of Array.isArray(v) ? v : Object.values(v)) stack.push({ v: child, depth: depth + 1 });
  }
  return false;
}

/** Deep enough for every body the APIs accept (a case's attributes are one level of values or lists). */
export const MAX_JSON_DEPTH = 8;
