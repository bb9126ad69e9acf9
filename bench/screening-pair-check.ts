import { MATCH_THRESHOLD } from 'src/agents/due-diligence/name-matcher';
import { scoreNamePair } from 'src/agents/due-diligence/party-screener';

/**
 * Scores hand-made name pairs at the production threshold: `same` must match, `apart` must not.
 * Prints each miss and false match, then one summary line labelled `label`; shared by the
 * cross-script check sets.
 */
export function checkPairs(label: string, same: Array<[string, string]>, apart: Array<[string, string]>): void {
  let tp = 0;
  for (const [a, b] of same) {
    const s = scoreNamePair(a, b, undefined, 'individual').score;
    if (s >= MATCH_THRESHOLD) tp += 1;
    else console.log(`  MISS ${s.toFixed(3)} ${a} | ${b}`);
  }
  let fp = 0;
  for (const [a, b] of apart) {
    const s = scoreNamePair(a, b, undefined, 'individual').score;
    if (s >= MATCH_THRESHOLD) {
      fp += 1;
      console.log(`  FALSE ${s.toFixed(3)} ${a} | ${b}`);
    }
  }
  const recall = same.length ? tp / same.length : 1;
  const precision = tp + fp ? tp / (tp + fp) : 1;
  const f1 = precision + recall ? (2 * precision * recall) / (precision + recall) : 0;
  console.log(`${label}: ${tp}/${same.length} matched, ${fp}/${apart.length} apart pairs matched; P ${precision.toFixed(3)} R ${recall.toFixed(3)} F1 ${f1.toFixed(3)}`);
}
