/**
 * Maps the classifier's raw share of the score mass to a probability that the 6-digit code is
 * right. The table is an isotonic fit (pool-adjacent-violators) made by `bench/tariff-calibrate.ts`
 * on one half of the development data and checked on the other half; see the README.
 */

/** Breakpoints [raw share, probability], increasing in both; output of bench/tariff-calibrate.ts. */
export const CALIBRATION_TABLE: Array<[number, number]> = [[0.0004,0.003],[0.0093,0.036],[0.0613,0.037],[0.1257,0.04],[0.1598,0.067],[0.2147,0.119],[0.3095,0.172],[0.3666,0.25],[0.3719,0.313],[0.4311,0.313],[0.5017,0.367],[0.5223,0.417],[0.6838,0.481],[0.9201,0.618],[0.9996,0.875]];

/** Piecewise-linear interpolation through the table. */
export function calibrate(share: number): number {
  const table = CALIBRATION_TABLE;
  let p = table[table.length - 1][1];
  if (share <= table[0][0]) p = table[0][1];
  else {
    for (let i = 1; i < table.length; i++) {
      if (share <= table[i][0]) {
        const [x0, y0] = table[i - 1];
        const [x1, y1] = table[i];
        p = x1 === x0 ? y1 : y0 + ((share - x0) / (x1 - x0)) * (y1 - y0);
        break;
      }
    }
  }
  return Number(Math.min(Math.max(p, 0.001), 0.999).toFixed(3));
}

/** Pool-adjacent-violators fit of P(correct | share), returned as breakpoints for the table. */
export function fitIsotonic(samples: Array<{ share: number; correct: boolean }>): Array<[number, number]> {
  const sorted = [...samples].sort((a, b) => a.share - b.share);
  const blocks: Array<{ sum: number; n: number; lo: number; hi: number }> = [];
  for (const s of sorted) {
    blocks.push({ sum: s.correct ? 1 : 0, n: 1, lo: s.share, hi: s.share });
    while (blocks.length > 1 && blocks[blocks.length - 2].sum / blocks[blocks.length - 2].n >= blocks[blocks.length - 1].sum / blocks[blocks.length - 1].n) {
      const last = blocks.pop();
      const prev = blocks[blocks.length - 1];
      if (last === undefined) break;
      prev.sum += last.sum;
      prev.n += last.n;
      prev.hi = last.hi;
    }
  }
  // Smooth tiny blocks toward their neighbours' rate by a pseudo-count, so one lucky item cannot claim 1.0.
  let floor = 0;
  return blocks.map((b) => {
    // The pseudo-count can dent monotonicity between tiny blocks; a running maximum restores it.
    floor = Math.max(floor, (b.sum + 0.5) / (b.n + 1));
    return [Number(((b.lo + b.hi) / 2).toFixed(4)), Number(floor.toFixed(3))];
  });
}
