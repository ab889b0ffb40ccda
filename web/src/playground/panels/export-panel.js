// Exports of the plot as drawn: PNG at device resolution with its legend,
// and the sampled curves as CSV.
import { curvesCsv, download, plotPng } from '../export.js';

const $ = (id) => document.getElementById(id);

export function mountExportPanel(plotPanel) {
  // The visible curves of the frame on screen, with their samples.
  const exported = () => {
    plotPanel.flush();
    const { frame } = plotPanel.plot;
    const colours = plotPanel.plot.colours();
    return frame.scene.curves.map((curve, i) => ({
      label: curve.label,
      sample: frame.samples[i],
      colour: colours.curves[curve.colourIndex % colours.curves.length],
      derivative: curve.showDerivative,
    }));
  };
  $('export-png').addEventListener('click', async () => {
    download(await plotPng($('plot'), exported(), plotPanel.plot.colours()), 'activation-plot.png');
  });
  $('export-csv').addEventListener('click', () => {
    const curves = exported();
    if (curves.length) download(new Blob([curvesCsv(curves)], { type: 'text/csv' }), 'activation-samples.csv');
  });
}
