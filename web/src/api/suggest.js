// "Did you mean" suggestions for misspelt names. The work is bounded
// whatever the caller passed: a name far longer than every candidate is no
// typo of any, and a candidate whose length differs by more than the edits
// allowed cannot be within them, so neither is compared.
import { quote } from './describe.js';

// Edit distance with adjacent transpositions (optimal string alignment),
// so "rleu" is one edit from "relu".
function editDistance(a, b) {
  const rows = a.length + 1;
  const cols = b.length + 1;
  const d = Array.from({ length: rows }, (_, i) => [i, ...new Array(cols - 1).fill(0)]);
  for (let j = 1; j < cols; j++) d[0][j] = j;
  for (let i = 1; i < rows; i++) {
    for (let j = 1; j < cols; j++) {
      const cost = a[i - 1] === b[j - 1] ? 0 : 1;
      d[i][j] = Math.min(d[i - 1][j] + 1, d[i][j - 1] + 1, d[i - 1][j - 1] + cost);
      if (i > 1 && j > 1 && a[i - 1] === b[j - 2] && a[i - 2] === b[j - 1]) {
        d[i][j] = Math.min(d[i][j], d[i - 2][j - 2] + 1);
      }
    }
  }
  return d[rows - 1][cols - 1];
}

// Case, spaces, hyphens and underscores don't distinguish names here:
// "LeakyReLU" and "leaky-relu" both mean leaky_relu.
const normalise = (name) => name.toLowerCase().replace(/[\s_-]/g, '');

// The closest candidate to `name`, or undefined when none is close enough
// to be a plausible typo.
export function closestName(name, candidates) {
  const longest = Math.max(0, ...candidates.map((candidate) => candidate.length));
  // Normalising removes at most the separators, so a name more than twice
  // the longest candidate (plus slack for short ones) cannot come within
  // the allowed edits of any.
  if (name.length > 2 * longest + 8) return undefined;
  const wanted = normalise(name);
  const allowed = Math.max(2, Math.floor(wanted.length / 3));
  let best;
  let bestDistance = Infinity;
  for (const candidate of candidates) {
    const normal = normalise(candidate);
    if (Math.abs(normal.length - wanted.length) > allowed) continue;
    const distance = editDistance(wanted, normal);
    if (distance < bestDistance) {
      best = candidate;
      bestDistance = distance;
    }
  }
  if (bestDistance <= allowed) return best;
  // A fragment of a longer name ("slope" for "negative_slope") also counts.
  return wanted.length >= 3 ? candidates.find((candidate) => normalise(candidate).includes(wanted)) : undefined;
}

export function didYouMean(name, candidates) {
  const suggestion = closestName(name, candidates);
  return suggestion === undefined ? '' : `; did you mean ${quote(suggestion)}?`;
}
