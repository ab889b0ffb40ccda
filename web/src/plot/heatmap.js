// Heat maps over the input plane, drawn as TensorFlow Playground draws its
// decision surface and its hidden units: a density × density grid of
// values, one pixel each in a small image that the canvas scales up
// (smoothed) into a box; the data points on top; a unit's state marked on
// its map. The image and its pixels are kept between frames, so a live run
// redraws without allocating (heat-scale.js holds the colours).
import { fillShades, shadeCss } from './heat-scale.js';

function smallCanvas(size) {
  if (typeof OffscreenCanvas === 'function') return new OffscreenCanvas(size, size);
  const canvas = document.createElement('canvas');
  canvas.width = canvas.height = size;
  return canvas;
}

// One heat map's image, reused while its density stays the same.
export class HeatmapImage {
  #canvas;
  #context;
  #image;
  #density = 0;

  // `values`: density² numbers, rows from the top (y decreasing), columns
  // with x increasing, as PlaygroundRun.surface() gives them.
  update(values, density, table) {
    if (density !== this.#density) {
      this.#canvas = smallCanvas(density);
      this.#context = this.#canvas.getContext('2d');
      this.#image = this.#context.createImageData(density, density);
      this.#density = density;
    }
    fillShades(this.#image.data, values, table);
    this.#context.putImageData(this.#image, 0, 0);
  }

  draw(ctx, box) {
    if (!this.#canvas) return;
    ctx.imageSmoothingEnabled = true;
    ctx.drawImage(this.#canvas, box.left, box.top, box.width, box.height);
  }
}

// The data points (n × 2 coordinates, labels ±1) in a box showing
// [−extent, extent]², each a disc of its label's colour with a ring, as the
// Playground draws its training points: opaque, where the map under them
// is drawn at alpha 160/255, so a point shows even on its own class' side.
// `fills` is [negative, positive] (CSS colours: theme.js' heat ends).
export function drawDataPoints(ctx, box, { xy, label, extent, fills, ring, radius = 3 }) {
  const scale = box.width / (2 * extent);
  ctx.lineWidth = 1;
  ctx.strokeStyle = ring;
  for (const sign of [0, 1]) {
    ctx.fillStyle = fills[sign];
    ctx.beginPath();
    for (let i = 0; i < label.length; i++) {
      if ((label[i] > 0 ? 1 : 0) !== sign) continue;
      const px = box.left + (xy[2 * i] + extent) * scale;
      const py = box.top + (extent - xy[2 * i + 1]) * scale;
      ctx.moveTo(px + radius, py);
      ctx.arc(px, py, radius, 0, 2 * Math.PI);
    }
    ctx.fill();
    ctx.stroke();
  }
}

// Marks a unit's state on its map. A dead unit (zero on every training
// point, so no gradient ever reaches it again) is veiled, hatched and
// labelled "dead"; a "negative" one (a leaky unit below zero everywhere,
// still learning through its slope) gets a dashed ring and its word. Alive
// units keep a plain frame.
export function drawUnitState(ctx, box, state, colours) {
  const { left, top, width, height } = box;
  ctx.save();
  ctx.lineWidth = 1;
  ctx.strokeStyle = colours.axis;
  if (state === 'dead') {
    ctx.globalAlpha = 0.55;
    ctx.fillStyle = colours.background;
    ctx.fillRect(left, top, width, height);
    ctx.globalAlpha = 1;
    ctx.beginPath();
    ctx.rect(left, top, width, height);
    ctx.clip();
    ctx.beginPath();
    // Hatching at 45°, one line every 6 px.
    for (let d = -height; d < width; d += 6) {
      ctx.moveTo(left + d, top + height);
      ctx.lineTo(left + d + height, top);
    }
    ctx.stroke();
  } else if (state === 'negative') {
    ctx.setLineDash([3, 2]);
  }
  ctx.strokeRect(left + 0.5, top + 0.5, width - 1, height - 1);
  ctx.restore();
  if (state === 'dead' || state === 'negative') stateLabel(ctx, box, state === 'dead' ? 'dead' : width >= 56 ? 'negative' : 'neg', colours);
}

function stateLabel(ctx, box, word, colours) {
  ctx.save();
  ctx.font = '600 10px system-ui, sans-serif';
  const textWidth = ctx.measureText(word).width;
  const x = box.left + box.width / 2;
  const y = box.top + box.height / 2;
  ctx.fillStyle = colours.background;
  ctx.fillRect(x - textWidth / 2 - 3, y - 7, textWidth + 6, 14);
  ctx.fillStyle = colours.text;
  ctx.textAlign = 'center';
  ctx.textBaseline = 'middle';
  ctx.fillText(word, x, y + 0.5);
  ctx.restore();
}

// A horizontal colour bar of the scale from −1 to 1 with its three labels,
// the heat maps' legend.
export function drawHeatLegend(ctx, box, table, colours) {
  const steps = 31;
  for (let k = 0; k < steps; k++) {
    ctx.fillStyle = shadeCss(table, -1 + (2 * k + 1) / steps);
    ctx.fillRect(box.left + (k * box.width) / steps, box.top, box.width / steps + 0.5, box.height);
  }
  ctx.fillStyle = colours.text;
  ctx.font = '11px system-ui, sans-serif';
  ctx.textBaseline = 'top';
  [['left', '−1', box.left], ['center', '0', box.left + box.width / 2], ['right', '1', box.left + box.width]].forEach(([align, text, x]) => {
    ctx.textAlign = align;
    ctx.fillText(text, x, box.top + box.height + 2);
  });
}
