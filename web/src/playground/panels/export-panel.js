// The export dialog: the view as a figure (PNG at a chosen size, or SVG)
// painted by the same painter as the screen, and the curves' samples as
// CSV on a grid the user chooses (by default the view's x range and 201
// points), so the file does not depend on the screen it was made on.
import { formatNumber } from '../../curves/numbers.js';
import { paletteColours } from '../../plot/theme.js';
import { figurePng, figureSvg } from '../../plot/figure.js';
import { DEFAULT_CSV_POINTS, download, readGrid, samplesCsv } from '../export.js';

const $ = (id) => document.getElementById(id);

// "ReLU and Leaky ReLU": the activations on the plot, for a default title.
function defaultTitle(curves, byName) {
  const labels = [...new Set(curves.map((curve) => byName.get(curve.name)?.label ?? curve.name))];
  return labels.join(', ').replace(/, ([^,]*)$/, ' and $1');
}

async function downloadFigure(figure, format, width, height) {
  if (format === 'svg') {
    download(new Blob([figureSvg(figure, width, height)], { type: 'image/svg+xml' }), 'activation-plot.svg');
  } else {
    download(await figurePng(figure, width, height), 'activation-plot.png');
  }
}

export function mountExportPanel(plotPanel, act, byName) {
  const dialog = $('export-dialog');
  const error = $('export-error');
  const showError = (text, field) => {
    error.textContent = text ?? '';
    error.hidden = !text;
    for (const id of ['export-from', 'export-to', 'export-count']) $(id).removeAttribute('aria-invalid');
    if (field) $(`export-${field}`)?.setAttribute('aria-invalid', 'true');
  };

  // The frame on screen, drawn now.
  const frame = () => {
    plotPanel.flush();
    return plotPanel.plot.frame;
  };

  $('export-open').addEventListener('click', () => {
    const { scene, view } = frame();
    $('export-title-text').value = defaultTitle(scene.curves, byName);
    $('export-from').value = formatNumber(view.xMin);
    $('export-to').value = formatNumber(view.xMax);
    $('export-count').value = String(DEFAULT_CSV_POINTS);
    showError();
    dialog.showModal();
  });

  // The figure of the frame on screen, sampled again for `columns` pixels.
  const figure = (columns) => {
    const { scene } = frame();
    const theme = $('export-theme').value;
    const colours = theme === 'light' || theme === 'dark' ? paletteColours(theme) : plotPanel.plot.colours();
    const plot = plotPanel.plot.paintOptions({ columns, colours });
    const entries = scene.curves.map((curve, i) => ({ label: curve.label, colour: plot.curves[i].colour, showDerivative: curve.showDerivative, showSecondDerivative: curve.showSecondDerivative }));
    return { title: $('export-title-text').value, entries, plot, colours };
  };
  const exportFigure = async (format) => {
    const [width, height] = $('export-size').value.split('x').map(Number);
    // One sample per device pixel column for PNG; SVG is smooth with one
    // per layout unit of an 800-unit-wide figure, more would only grow it.
    await downloadFigure(figure(format === 'svg' ? 1000 : width), format, width, height);
  };
  $('export-png').addEventListener('click', () => exportFigure('png'));
  $('export-svg').addEventListener('click', () => exportFigure('svg'));

  $('export-csv').addEventListener('click', () => {
    const grid = readGrid({ from: $('export-from').value, to: $('export-to').value, count: $('export-count').value });
    if (grid.error) {
      showError(grid.error, grid.field);
      return;
    }
    const { scene } = frame();
    if (scene.curves.length === 0) {
      showError('Every curve is hidden: show one to export its samples.');
      return;
    }
    try {
      showError();
      download(new Blob([samplesCsv(act, scene, grid)], { type: 'text/csv' }), 'activation-samples.csv');
    } catch (problem) {
      showError(problem.message, problem.field);
    }
  });
}
