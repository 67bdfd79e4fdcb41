/** Test BSNs that pass the eleven-test (9999nnnnc), one per `n`: a fresh client for each test that needs one. */
export function testBsn(n: number): string {
  const base = `9999${String(n % 10_000).padStart(4, '0')}`;
  for (let last = 0; last <= 9; last++) {
    const candidate = `${base}${last}`;
    const digits = [...candidate].map(Number);
    const sum = digits.slice(0, 8).reduce((s, d, i) => s + d * (9 - i), 0) - digits[8]!;
    if (sum % 11 === 0) return candidate;
  }
  return testBsn(n + 1);
}
