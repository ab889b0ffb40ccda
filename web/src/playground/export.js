// Exports of the current view: the plot as PNG at device resolution with
// its legend drawn in, the sampled curves and the input table as CSV.
export function download(blob, filename) {
  const url = URL.createObjectURL(blob);
  const link = document.createElement('a');
  link.href = url;
  link.download = filename;
  document.body.append(link);
  link.click();
  link.remove();
  setTimeout(() => URL.revokeObjectURL(url), 10000);
}

// A CSV field: quoted when it holds a separator, quote or line break.
const field = (value) => {
  const text = String(value);
  return /[",\n\r]/.test(text) ? `"${text.replaceAll('"', '""')}"` : text;
};
export const csvLine = (values) => values.map(field).join(',');

// x, then f and f′ of every curve, on the samples' shared grid.
export function curvesCsv(curves) {
  const header = ['x', ...curves.flatMap((c) => [`${c.label} f(x)`, `${c.label} f'(x)`])];
  const { x } = curves[0].sample;
  const rows = Array.from(x, (xi, i) => csvLine([xi, ...curves.flatMap((c) => [c.sample.y[i], c.sample.dy[i]])]));
  return `${csvLine(header)}\n${rows.join('\n')}\n`;
}

export function tableCsv(label, rows) {
  return `${csvLine(['x', `${label} f(x)`, `${label} f'(x)`])}\n${rows.map((row) => csvLine(row)).join('\n')}\n`;
}

// The canvas with a legend box drawn in its top-left corner, as a PNG blob.
export function plotPng(canvas, legend, colours) {
  const ratio = canvas.width / canvas.getBoundingClientRect().width || 1;
  const image = document.createElement('canvas');
  image.width = canvas.width;
  image.height = canvas.height;
  const ctx = image.getContext('2d');
  ctx.drawImage(canvas, 0, 0);
  ctx.scale(ratio, ratio);
  ctx.font = '12px system-ui, sans-serif';
  const lineHeight = 18;
  const width = 64 + Math.max(...legend.map((item) => ctx.measureText(item.label).width));
  const height = 8 + lineHeight * legend.length;
  const left = 56;
  const top = 16;
  ctx.fillStyle = colours.background;
  ctx.globalAlpha = 0.92;
  ctx.fillRect(left, top, width, height);
  ctx.globalAlpha = 1;
  ctx.strokeStyle = colours.grid;
  ctx.strokeRect(left + 0.5, top + 0.5, width, height);
  legend.forEach((item, i) => {
    const y = top + 4 + lineHeight * i + lineHeight / 2;
    ctx.strokeStyle = item.colour;
    ctx.lineWidth = 2.5;
    ctx.beginPath();
    ctx.moveTo(left + 8, y);
    ctx.lineTo(left + 26, y);
    ctx.stroke();
    if (item.derivative) {
      ctx.setLineDash([4, 3]);
      ctx.lineWidth = 2;
      ctx.beginPath();
      ctx.moveTo(left + 30, y);
      ctx.lineTo(left + 48, y);
      ctx.stroke();
      ctx.setLineDash([]);
    }
    ctx.fillStyle = colours.text;
    ctx.textBaseline = 'middle';
    ctx.fillText(item.label, left + 56, y);
  });
  return new Promise((resolve) => image.toBlob(resolve, 'image/png'));
}
