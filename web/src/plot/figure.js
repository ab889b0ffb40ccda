// A figure for an article or slide: a title, the plot (painted by
// draw.js's paintPlot, as on screen), axis titles "x" and "f(x)", and a
// legend outside the data area: one row per curve (a solid swatch for f, a
// dashed one for f′, its label), then a key saying what solid, dashed and
// a diamond mean. Painted on any 2D context: a canvas for the PNG, an
// SvgContext (svg-context.js) for the SVG, so the two cannot differ.
//
// Every figure is laid out FIGURE_WIDTH units wide (its height in
// proportion) and painted at width / FIGURE_WIDTH device pixels per unit,
// so text and lines keep their proportion at any export size: 2400 × 1600
// is the 1200 × 800 figure with twice the pixels.
import { paintPlot } from './draw.js';
import { LINE_STYLES, drawMarker } from './draw-curves.js';
import { SvgContext } from './svg-context.js';

export const FIGURE_WIDTH = 800;

const PADDING = 24;
const TITLE_FONT = '600 17px system-ui, sans-serif';
const TITLE_HEIGHT = 30;
const LEGEND_FONT = '13px system-ui, sans-serif';
const AXIS_TITLE_FONT = 'italic 13px system-ui, sans-serif';
const AXIS_TITLE_HEIGHT = 20;  // under the x axis' tick labels
const ROW = 21;                // legend row height
const SWATCH = 24;             // legend swatch length
const GAP = 8;
// A legend wider than this share of the figure goes under the plot.
const SIDE_LEGEND_SHARE = 0.3;

// The layout size and pixel ratio of a `width` × `height` pixel figure.
export function figureSize(width, height) {
  const ratio = Math.max(1, width / FIGURE_WIDTH);
  return { width: width / ratio, height: height / ratio, ratio };
}

// `text` cut with an ellipsis to fit `width` in the context's font.
function fitText(ctx, text, width) {
  if (ctx.measureText(text).width <= width) return text;
  let low = 0;
  let high = text.length;
  while (low < high) {
    const mid = Math.ceil((low + high) / 2);
    if (ctx.measureText(`${text.slice(0, mid)}…`).width <= width) low = mid;
    else high = mid - 1;
  }
  return `${text.slice(0, low).trimEnd()}…`;
}

// The line styles of a curve's legend row: f, then f′ and f″ if drawn.
const lineStylesOf = (entry) => [LINE_STYLES.f, ...(entry.showDerivative ? [LINE_STYLES.df] : []), ...(entry.showSecondDerivative ? [LINE_STYLES.ddf] : [])];

// The legend's two blocks: a row per curve, then the key.
function legendBlocks(entries, markers) {
  const curves = entries.map((entry) => ({ kind: 'curve', ...entry }));
  const key = [{ kind: 'key', line: LINE_STYLES.f, label: 'f(x)' }];
  if (entries.some((entry) => entry.showDerivative)) key.push({ kind: 'key', line: LINE_STYLES.df, label: 'f′(x)' });
  if (entries.some((entry) => entry.showSecondDerivative)) key.push({ kind: 'key', line: LINE_STYLES.ddf, label: 'f″(x)' });
  if (markers.length) key.push({ kind: 'marker', label: 'marked input' });
  return { curves, key };
}

// Where the title, plot, legend and axis titles go on a `size` figure. The
// legend goes beside the plot when it is narrow enough, else under it:
// curves and key side by side where they fit, else one under the other.
function layout(ctx, size, { title, entries, markers }) {
  // A column of swatches per line style any curve draws, so each style
  // lines up from row to row.
  const styles = [LINE_STYLES.f, LINE_STYLES.df, LINE_STYLES.ddf].filter((style) => entries.some((entry) => lineStylesOf(entry).includes(style)));
  const columns = Math.max(1, styles.length);
  const swatches = { styles, width: columns * SWATCH + (columns - 1) * GAP };
  const blocks = legendBlocks(entries, markers);
  ctx.font = LEGEND_FONT;
  const widthOf = (rows) => swatches.width + GAP + Math.max(...rows.map((row) => ctx.measureText(row.label).width));
  const [curvesWidth, keyWidth] = [widthOf(blocks.curves), widthOf(blocks.key)];
  const titleHeight = title ? TITLE_HEIGHT : 0;
  const top = PADDING + titleHeight;
  const inner = size.width - 2 * PADDING;
  const stacked = { rows: blocks.curves.length + blocks.key.length, width: Math.max(curvesWidth, keyWidth) };

  let legend;
  if (stacked.width <= SIDE_LEGEND_SHARE * size.width) {
    const height = stacked.rows * ROW + GAP;
    legend = { left: size.width - PADDING - stacked.width, top: top + 12, width: stacked.width, height, columns: [{ rows: [...blocks.curves, ...blocks.key], left: 0, width: stacked.width, ruleBefore: blocks.curves.length }] };
  } else if (curvesWidth + 3 * PADDING + keyWidth <= inner) {
    const height = Math.max(blocks.curves.length, blocks.key.length) * ROW;
    const keyLeft = inner - keyWidth;
    legend = {
      left: PADDING, top: size.height - PADDING - height, width: inner, height,
      columns: [{ rows: blocks.curves, left: 0, width: keyLeft - 2 * PADDING }, { rows: blocks.key, left: keyLeft, width: keyWidth, ruleLeft: keyLeft - PADDING }],
    };
  } else {
    const height = stacked.rows * ROW + GAP;
    legend = { left: PADDING, top: size.height - PADDING - height, width: inner, height, columns: [{ rows: [...blocks.curves, ...blocks.key], left: 0, width: inner, ruleBefore: blocks.curves.length }] };
  }
  const side = legend.top === top + 12;
  const plot = {
    left: PADDING - 8,  // the y labels' own margin sits in the padding
    top,
    width: side ? legend.left - 2 * GAP - PADDING + 8 : inner + 8,
    height: (side ? size.height - PADDING : legend.top - GAP) - top - AXIS_TITLE_HEIGHT,
  };
  return { title: title ? { left: PADDING, top: PADDING, width: inner } : undefined, plot, legend, swatches };
}

// One column of legend rows from (left, top): swatches, then the label; a
// rule before row `ruleBefore` (the key under the curves) or left of the
// column at `ruleLeft` (the key beside them).
function paintLegendColumn(ctx, column, box, swatches, colours) {
  const left = box.left + column.left;
  let y = box.top + ROW / 2;
  const line = (x, style, colour) => {
    ctx.strokeStyle = colour;
    ctx.lineWidth = style.width;
    ctx.setLineDash(style.dash);
    ctx.beginPath();
    ctx.moveTo(x, y);
    ctx.lineTo(x + SWATCH, y);
    ctx.stroke();
    ctx.setLineDash([]);
  };
  const rule = (x0, y0, x1, y1) => {
    ctx.strokeStyle = colours.grid;
    ctx.lineWidth = 1;
    ctx.beginPath();
    ctx.moveTo(x0, y0);
    ctx.lineTo(x1, y1);
    ctx.stroke();
  };
  if (column.ruleLeft !== undefined) {
    const x = Math.round(box.left + column.ruleLeft) + 0.5;
    rule(x, box.top + 2, x, box.top + box.height - 2);
  }
  column.rows.forEach((row, i) => {
    if (i === column.ruleBefore) {
      const ruleY = Math.round(y - ROW / 2 + GAP / 2) + 0.5;
      rule(left, ruleY, left + column.width, ruleY);
      y += GAP;
    }
    if (row.kind === 'curve') {
      swatches.styles.forEach((style, k) => {
        if (lineStylesOf(row).includes(style)) line(left + k * (SWATCH + GAP), style, row.colour);
      });
    } else if (row.kind === 'key') {
      line(left, row.line, colours.axis);
    } else {
      drawMarker(ctx, left + SWATCH / 2, y, colours.axis, colours.background, true);
    }
    const x = left + (row.kind === 'curve' ? swatches.width : SWATCH) + GAP;
    ctx.fillStyle = colours.text;
    ctx.fillText(fitText(ctx, row.label, left + column.width - x), x, y);
    y += ROW;
  });
}

function paintLegend(ctx, box, swatches, colours) {
  ctx.font = LEGEND_FONT;
  ctx.textAlign = 'left';
  ctx.textBaseline = 'middle';
  ctx.lineJoin = 'round';
  for (const column of box.columns) paintLegendColumn(ctx, column, box, swatches, colours);
}

// Paints the figure on `ctx` at `size` layout units ({ width, height }).
// `figure`: { title, entries: [{ label, colour, showDerivative, showSecondDerivative }], plot:
// paintPlot's options (view, curves, markers, inset), colours }. Returns
// the boxes it drew, in layout units: { title, plot, area (the data
// area), legend }.
export function paintFigure(ctx, size, { title = '', entries, plot, colours }) {
  const markers = plot.markers ?? [];
  const boxes = layout(ctx, size, { title: title.trim(), entries, markers });
  ctx.fillStyle = colours.background;
  ctx.fillRect(0, 0, size.width, size.height);

  if (boxes.title) {
    ctx.font = TITLE_FONT;
    ctx.fillStyle = colours.text;
    ctx.textAlign = 'left';
    ctx.textBaseline = 'top';
    ctx.fillText(fitText(ctx, title.trim(), boxes.title.width), boxes.title.left, boxes.title.top);
  }

  const region = boxes.plot;
  ctx.save();
  ctx.translate(region.left, region.top);
  const drawn = paintPlot(ctx, { width: region.width, height: region.height }, { ...plot, hover: undefined, colours });
  ctx.restore();
  const area = { ...drawn.area, left: drawn.area.left + region.left, top: drawn.area.top + region.top };

  // The axis titles: "f(x)" over the y axis' top end, "x" under the middle
  // of the x axis' labels.
  ctx.font = AXIS_TITLE_FONT;
  ctx.fillStyle = colours.text;
  ctx.textAlign = 'left';
  ctx.textBaseline = 'bottom';
  ctx.fillText('f(x)', area.left, area.top - 3);
  ctx.textAlign = 'center';
  ctx.textBaseline = 'top';
  ctx.fillText('x', area.left + area.width / 2, region.top + region.height + 2);

  paintLegend(ctx, boxes.legend, boxes.swatches, colours);
  const { left, top, width, height } = boxes.legend;
  return { title: boxes.title, plot: region, area, legend: { left, top, width, height } };
}

// The figure as a PNG blob, `width` × `height` pixels.
export function figurePng(figure, width, height) {
  const size = figureSize(width, height);
  const canvas = document.createElement('canvas');
  canvas.width = width;
  canvas.height = height;
  const ctx = canvas.getContext('2d');
  ctx.setTransform(size.ratio, 0, 0, size.ratio, 0, 0);
  paintFigure(ctx, size, figure);
  return new Promise((resolve, reject) => canvas.toBlob((blob) => (blob ? resolve(blob) : reject(new Error('the PNG could not be made'))), 'image/png'));
}

// The figure as SVG text, `width` × `height` pixels nominally (a vector
// image scales to any size). `measure` as SvgContext takes.
export function figureSvg(figure, width, height, { measure } = {}) {
  const size = figureSize(width, height);
  const ctx = new SvgContext(size.width, size.height, measure ? { measure } : {});
  paintFigure(ctx, size, figure);
  return ctx.toSvg({ title: figure.title?.trim() || 'Plot of activation functions', width, height });
}
