import { performance } from 'node:perf_hooks';
import type { HsClassifier } from 'src/agents/tariff-classification/hs-classifier';
import type { HsIndex } from 'src/agents/tariff-classification/hs-index';
import type { EvalItem } from 'bench/tariff-eval-data';

export interface AtDigits {
  '2': number;
  '4': number;
  '6': number;
}

export interface FileScore {
  file: string;
  n: number;
  top1: AtDigits;
  top3: AtDigits;
  top5: AtDigits;
  ms_per_item: number;
  calibration: { ece: number; bins: Array<{ range: string; n: number; mean_confidence: number; accuracy: number }> };
}

/**
 * Codes that HS 2022 split (e.g. 0803.00 into 0803.10/0803.90) are accepted through any of their
 * successors sharing five digits; older editions' golds otherwise could never be matched.
 */
export function acceptedCodes(gold: string, index: HsIndex): string[] {
  if (index.leafIndex(gold) !== undefined) return [gold];
  const successors = index.leaves.map((l) => l.code).filter((c) => c.startsWith(gold.slice(0, 5)));
  return successors.length > 0 ? successors : [gold];
}

export interface Prediction {
  item: EvalItem;
  accepted: string[];
  codes: string[];
  confidences: number[];
  shares: number[];
}

export function hitAt(prediction: Prediction, k: number, digits: number): boolean {
  return prediction.codes.slice(0, k).some((code) => prediction.accepted.some((gold) => gold.slice(0, digits) === code.slice(0, digits)));
}

export function predict(items: EvalItem[], classifier: HsClassifier, index: HsIndex): { predictions: Prediction[]; ms: number } {
  const predictions: Prediction[] = [];
  const started = performance.now();
  for (const item of items) {
    const result = classifier.classify({ ...item.input, topK: 5 });
    predictions.push({
      item,
      accepted: acceptedCodes(item.gold, index),
      codes: result.candidates.map((c) => c.code),
      confidences: result.candidates.map((c) => c.confidence),
      shares: result.candidates.map((c) => c.share),
    });
  }
  return { predictions, ms: performance.now() - started };
}

export function scoreFile(file: string, items: EvalItem[], classifier: HsClassifier, index: HsIndex): FileScore {
  const { predictions, ms } = predict(items, classifier, index);
  const n = predictions.length;
  const at = (k: number): AtDigits => {
    const rate = (d: number) => (n === 0 ? 0 : Number((predictions.filter((p) => hitAt(p, k, d)).length / n).toFixed(4)));
    return { '2': rate(2), '4': rate(4), '6': rate(6) };
  };
  const edges = [0, 0.1, 0.2, 0.3, 0.4, 0.5, 0.6, 0.7, 0.8, 0.9, 1.0001];
  const bins = edges.slice(0, -1).map((lo, i) => ({ lo, hi: edges[i + 1], n: 0, conf: 0, right: 0 }));
  let total = 0;
  for (const p of predictions) {
    p.confidences.forEach((c, rank) => {
      const bin = bins.find((b) => c >= b.lo && c < b.hi);
      if (bin === undefined) return;
      bin.n += 1;
      bin.conf += c;
      bin.right += p.accepted.includes(p.codes[rank]) ? 1 : 0;
      total += 1;
    });
  }
  const ece = bins.reduce((sum, b) => (b.n === 0 ? sum : sum + (b.n / Math.max(total, 1)) * Math.abs(b.conf / b.n - b.right / b.n)), 0);
  return {
    file,
    n,
    top1: at(1),
    top3: at(3),
    top5: at(5),
    ms_per_item: Number((ms / Math.max(n, 1)).toFixed(4)),
    calibration: {
      ece: Number(ece.toFixed(4)),
      bins: bins.map((b) => ({
        range: `${b.lo.toFixed(1)}-${Math.min(b.hi, 1).toFixed(1)}`,
        n: b.n,
        mean_confidence: b.n === 0 ? 0 : Number((b.conf / b.n).toFixed(4)),
        accuracy: b.n === 0 ? 0 : Number((b.right / b.n).toFixed(4)),
      })),
    },
  };
}
