// The live run in words: a one-line summary (the status line and what a
// screen reader hears after a step or a pause) and the units as a table,
// the canvases' text alternative.

const percent = (value) => `${(100 * value).toFixed(0)} %`;

function countStates(states) {
  const flat = states.flat();
  return {
    total: flat.length,
    dead: flat.filter((s) => s === 'dead').length,
    negative: flat.filter((s) => s === 'negative').length,
  };
}

export function liveSummary(run, { states }) {
  const { total, dead, negative } = countStates(states);
  const loss = run.loss({ test: false });
  const parts = [
    `Epoch ${run.epoch}${run.position ? ` (+${run.position} point${run.position === 1 ? '' : 's'})` : ''}`,
    `${run.updates} update${run.updates === 1 ? '' : 's'}`,
    `training loss ${Number.isFinite(loss) ? loss.toFixed(3) : 'not finite: the run diverged'}`,
    `test accuracy ${percent(run.accuracy())}`,
    `${dead} of ${total} hidden units dead`,
  ];
  if (negative) parts.push(`${negative} negative everywhere but still learning`);
  return `${parts.join(' · ')}.`;
}

const STATE_WORDS = {
  alive: 'alive',
  dead: 'dead: zero on every training point, no gradient',
  negative: 'negative on every training point, still learning through the slope',
};

// Fills `table` with one row per layer: Pr[z > 0] and each unit's state.
export function unitTable(table, { states, activeProbability }) {
  const head = document.createElement('tr');
  for (const text of ['Layer', 'Pr[h > 0] on the training points', 'Units']) {
    const th = document.createElement('th');
    th.scope = 'col';
    th.textContent = text;
    head.append(th);
  }
  const rows = states.map((layer, l) => {
    const row = document.createElement('tr');
    const th = document.createElement('th');
    th.scope = 'row';
    th.textContent = String(l + 1);
    const probability = document.createElement('td');
    probability.textContent = percent(activeProbability[l]);
    const units = document.createElement('td');
    units.textContent = layer.map((state, i) => `${i + 1}: ${STATE_WORDS[state]}`).join('; ');
    row.append(th, probability, units);
    return row;
  });
  table.replaceChildren(head, ...rows);
}
