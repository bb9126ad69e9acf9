import { CALIBRATION_TABLE, calibrate, fitIsotonic } from 'src/agents/tariff-classification/confidence-calibration';

describe('confidence calibration', () => {
  it('is monotone in the raw share and stays inside (0, 1)', () => {
    let previous = 0;
    for (let share = 0; share <= 1; share += 0.05) {
      const p = calibrate(share);
      expect(p).toBeGreaterThanOrEqual(previous);
      expect(p).toBeGreaterThan(0);
      expect(p).toBeLessThan(1);
      previous = p;
    }
  });

  it('ships a table that increases in both coordinates', () => {
    for (let i = 1; i < CALIBRATION_TABLE.length; i++) {
      expect(CALIBRATION_TABLE[i][0]).toBeGreaterThan(CALIBRATION_TABLE[i - 1][0]);
      expect(CALIBRATION_TABLE[i][1]).toBeGreaterThanOrEqual(CALIBRATION_TABLE[i - 1][1]);
    }
  });

  it('fits the observed hit rate with pool-adjacent-violators', () => {
    const samples = [
      ...Array.from({ length: 50 }, (_, i) => ({ share: 0.1, correct: i < 5 })),
      ...Array.from({ length: 50 }, (_, i) => ({ share: 0.9, correct: i < 40 })),
    ];
    const table = fitIsotonic(samples);
    expect(table).toHaveLength(2);
    expect(table[0][1]).toBeCloseTo(0.108, 2);
    expect(table[1][1]).toBeCloseTo(0.794, 2);
  });
});
