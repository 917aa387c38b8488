/**
 * A weighted logistic regression by gradient descent over named features (standardized first),
 * small enough to read: what bench/measurements/ask/fit-general.ts fits its decisions with.
 */

/** One training example: its features by name, its label (1 or 0) and what getting it wrong costs (0: ignored). */
export interface Example {
  features: Record<string, number>;
  y: number;
  w: number;
}

export interface Model {
  names: string[];
  mean: number[];
  scale: number[];
  weights: number[];
  bias: number;
}

export function fitLogistic(
  examples: readonly Example[],
  names: string[],
  { l2, rate = 0.5, epochs = 3000 }: { l2: number; rate?: number; epochs?: number },
): Model {
  const xs = examples.map((example) => names.map((name) => example.features[name]!));
  const mean = names.map((_, j) => xs.reduce((s, x) => s + x[j]!, 0) / xs.length);
  const scale = names.map((_, j) => Math.sqrt(xs.reduce((s, x) => s + (x[j]! - mean[j]!) ** 2, 0) / xs.length) || 1);
  const zs = xs.map((x) => x.map((v, j) => (v - mean[j]!) / scale[j]!));
  const wsum = examples.reduce((s, example) => s + example.w, 0) || 1;
  const weights = names.map(() => 0);
  let bias = 0;
  for (let epoch = 0; epoch < epochs; epoch++) {
    const grad = names.map(() => 0);
    let gb = 0;
    zs.forEach((z, i) => {
      const { y, w } = examples[i]!;
      if (!w) return;
      const p = 1 / (1 + Math.exp(-(bias + z.reduce((s, v, j) => s + v * weights[j]!, 0))));
      const e = (w * (p - y)) / wsum;
      gb += e;
      z.forEach((v, j) => (grad[j]! += e * v));
    });
    bias -= rate * gb;
    weights.forEach((_, j) => (weights[j]! -= rate * (grad[j]! + l2 * weights[j]!)));
  }
  return { names, mean, scale, weights, bias };
}

/** The model's log-odds for these features (> 0: label 1). */
export const logOdds = (model: Model, features: Record<string, number>) =>
  model.bias +
  model.names.reduce((s, name, j) => s + ((features[name]! - model.mean[j]!) / model.scale[j]!) * model.weights[j]!, 0);
