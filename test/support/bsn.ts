/** BSNs that pass the eleven-test (CS002), for tests that need many distinct clients. */
export function testBsn(n: number): string {
  for (let base = 10_000_000 + n * 11; ; base++) {
    const digits = String(base).split('').map(Number);
    const sum = digits.reduce((acc, digit, index) => acc + digit * (9 - index), 0);
    // The ninth digit d counts -1: (sum - d) % 11 === 0, so d = sum % 11, which must be a digit.
    const check = sum % 11;
    if (check <= 9) return `${base}${check}`;
  }
}
