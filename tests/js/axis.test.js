// Axis labels at every scale a view can have (spans down to 1e-12 of the
// values, view-math.js): distinct, short, in one notation per axis,
// and thinned so none overlap.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { axisLabels } from '../../web/src/plot/axis.js';

const measure = (text) => 7 * text.length;  // about 12px system-ui digits
const number = (label) => Number(label.replaceAll('−', '-').replace(/^\+/, ''));

for (const [span, centres] of [[1e-9, [0, 1, 1e3]], [1e-6, [0, 3, 1e6]], [1, [0, 0.5, 1e12]], [1e6, [0, 1e6]], [1e12, [0, -1e12]], [1e300, [0, 1e300]]]) {
  for (const centre of centres) {
    for (const pixels of [300, 1200]) {
      test(`labels over a span of ${span} at ${centre}, ${pixels} px`, () => {
        const min = centre - span / 2;
        const max = centre + span / 2;
        const { values, labels, offsetLabel } = axisLabels(min, max, pixels, measure);
        assert.ok(values.length >= 2, `${values.length} ticks`);
        assert.equal(new Set(labels).size, labels.length, `distinct: ${labels.join(' ')}`);
        for (const label of labels) assert.ok(label.length <= 10, `short: ${label}`);
        const spacing = pixels / (values.length - 1);
        assert.ok(Math.max(...labels.map(measure)) + 14 <= spacing + 1e-9, `no overlap: ${labels.join(' ')}`);
        const offset = offsetLabel ? number(offsetLabel.replace(/ \+$/, '')) : 0;
        const step = values[1] - values[0];
        values.forEach((v, i) => {
          assert.ok(Math.abs(offset + number(labels[i]) - v) <= Math.abs(step) * 1e-6 + Math.abs(v) * 1e-15, `${labels[i]} (${offsetLabel}) reads as ${v}`);
        });
      });
    }
  }
}

test('a narrow vertical axis keeps a line of height between labels', () => {
  const { values } = axisLabels(-5, 5, 100, () => 0, { lineHeight: 18 });
  assert.ok(values.length >= 2 && values.length <= 100 / 18 + 1);
});
