// A 2D-context look-alike that records what is painted on it as SVG, so the
// one painter (draw.js, figure.js) draws the vector export too and the SVG
// cannot drift from the PNG. It implements the subset of
// CanvasRenderingContext2D the painters use: paths (moveTo, lineTo, arc,
// rect, closePath) stroked, filled or clipped; rectangles; text with its
// alignment and baseline; dashes; save/restore; translate, scale and
// setTransform. Each stroked subpath becomes its own <path> (a curve piece
// is one element an author can select); a clip becomes a <clipPath> and a
// group that ends at the matching restore(). Transforms are applied to the
// points as they are added, as a canvas does; they may translate and scale
// uniformly (no rotation or skew: nothing paints that way).
//
// Text is measured by `measure(text, font)`: by default a canvas' own
// measureText where there is a canvas, so the layout matches the PNG's.
import { BASELINE_EM, canvasMeasure, escapeXml, fontAttributes, fontSize, num } from './svg-text.js';

export { escapeXml };

const SVG_NS = 'http://www.w3.org/2000/svg';

const ANCHORS = { left: 'start', start: 'start', center: 'middle', right: 'end', end: 'end' };

const initialState = () => ({
  fillStyle: '#000000',
  strokeStyle: '#000000',
  lineWidth: 1,
  lineJoin: 'miter',
  lineCap: 'butt',
  globalAlpha: 1,
  font: '10px sans-serif',
  textAlign: 'start',
  textBaseline: 'alphabetic',
  dash: [],
  transform: [1, 0, 0, 1, 0, 0],
  groups: 0,  // clip groups opened at this save level
});

export class SvgContext {
  #width;
  #height;
  #measure;
  #state = initialState();
  #stack = [];
  #subpaths = [];  // [{ d: [commands], points: n, closed }]
  #defs = [];
  #body = [];
  #clipCount = 0;

  // `width` × `height` user units; `measure(text, font, textBaseline)`
  // returns at least { width } and may give { alphabeticBaseline }.
  constructor(width, height, { measure = canvasMeasure } = {}) {
    this.#width = width;
    this.#height = height;
    this.#measure = measure;
    this.canvas = { width, height };
  }

  // The style properties, as on a canvas context.
  get fillStyle() { return this.#state.fillStyle; }
  set fillStyle(value) { this.#state.fillStyle = String(value); }
  get strokeStyle() { return this.#state.strokeStyle; }
  set strokeStyle(value) { this.#state.strokeStyle = String(value); }
  get lineWidth() { return this.#state.lineWidth; }
  set lineWidth(value) { if (value > 0 && Number.isFinite(value)) this.#state.lineWidth = value; }
  get lineJoin() { return this.#state.lineJoin; }
  set lineJoin(value) { if (['miter', 'round', 'bevel'].includes(value)) this.#state.lineJoin = value; }
  get lineCap() { return this.#state.lineCap; }
  set lineCap(value) { if (['butt', 'round', 'square'].includes(value)) this.#state.lineCap = value; }
  get globalAlpha() { return this.#state.globalAlpha; }
  set globalAlpha(value) { if (value >= 0 && value <= 1) this.#state.globalAlpha = value; }
  get font() { return this.#state.font; }
  set font(value) { this.#state.font = String(value); }
  get textAlign() { return this.#state.textAlign; }
  set textAlign(value) { if (value in ANCHORS) this.#state.textAlign = value; }
  get textBaseline() { return this.#state.textBaseline; }
  set textBaseline(value) { if (value in BASELINE_EM) this.#state.textBaseline = value; }

  setLineDash(segments) {
    if (segments.some((s) => !Number.isFinite(s) || s < 0)) return;
    this.#state.dash = segments.length % 2 ? [...segments, ...segments] : [...segments];
  }

  getLineDash() {
    return [...this.#state.dash];
  }

  save() {
    this.#stack.push(this.#state);
    this.#state = { ...this.#state, dash: [...this.#state.dash], transform: [...this.#state.transform], groups: 0 };
  }

  restore() {
    if (this.#stack.length === 0) return;
    for (let i = 0; i < this.#state.groups; i++) this.#body.push('</g>');
    this.#state = this.#stack.pop();
  }

  setTransform(a, b, c, d, e, f) {
    this.#state.transform = [a, b, c, d, e, f];
  }

  resetTransform() {
    this.setTransform(1, 0, 0, 1, 0, 0);
  }

  translate(x, y) {
    const [a, b, c, d, e, f] = this.#state.transform;
    this.#state.transform = [a, b, c, d, e + a * x + c * y, f + b * x + d * y];
  }

  scale(x, y) {
    const [a, b, c, d, e, f] = this.#state.transform;
    this.#state.transform = [a * x, b * x, c * y, d * y, e, f];
  }

  // The point (x, y) in SVG user units, and the scale of lengths.
  #point(x, y) {
    const [a, b, c, d, e, f] = this.#state.transform;
    return [a * x + c * y + e, b * x + d * y + f];
  }

  #scale() {
    const [a, b, c, d] = this.#state.transform;
    return Math.sqrt(Math.abs(a * d - b * c));
  }

  beginPath() {
    this.#subpaths = [];
  }

  #current() {
    return this.#subpaths[this.#subpaths.length - 1];
  }

  moveTo(x, y) {
    if (!Number.isFinite(x) || !Number.isFinite(y)) return;
    const [px, py] = this.#point(x, y);
    this.#subpaths.push({ d: [`M${num(px)} ${num(py)}`], points: 1, start: [px, py], closed: false });
  }

  lineTo(x, y) {
    if (!Number.isFinite(x) || !Number.isFinite(y)) return;
    const path = this.#current();
    if (!path || path.closed) {
      this.moveTo(x, y);
      return;
    }
    const [px, py] = this.#point(x, y);
    path.d.push(`L${num(px)} ${num(py)}`);
    path.points++;
  }

  closePath() {
    const path = this.#current();
    if (!path || path.closed) return;
    path.d.push('Z');
    path.closed = true;
  }

  rect(x, y, width, height) {
    this.moveTo(x, y);
    this.lineTo(x + width, y);
    this.lineTo(x + width, y + height);
    this.lineTo(x, y + height);
    this.closePath();
  }

  // An arc of a circle, clockwise on screen unless `counterclockwise`; a
  // whole turn is drawn as two half arcs (one SVG arc cannot close).
  arc(x, y, radius, start, end, counterclockwise = false) {
    if (![x, y, radius, start, end].every(Number.isFinite) || radius < 0) return;
    const at = (angle) => [x + radius * Math.cos(angle), y + radius * Math.sin(angle)];
    let sweep = counterclockwise ? start - end : end - start;
    if (sweep >= 2 * Math.PI) sweep = 2 * Math.PI;
    else sweep = ((sweep % (2 * Math.PI)) + 2 * Math.PI) % (2 * Math.PI);
    const [sx, sy] = at(start);
    if (this.#current() && !this.#current().closed) this.lineTo(sx, sy);
    else this.moveTo(sx, sy);
    const path = this.#current();
    const r = num(radius * this.#scale());
    const flag = counterclockwise ? 0 : 1;
    const direction = counterclockwise ? -1 : 1;
    const halves = sweep >= 2 * Math.PI ? [Math.PI, Math.PI] : [sweep];
    let angle = start;
    for (const part of halves) {
      angle += direction * part;
      const [ex, ey] = this.#point(...at(angle));
      path.d.push(`A${r} ${r} 0 ${part > Math.PI ? 1 : 0} ${flag} ${num(ex)} ${num(ey)}`);
      path.points++;
    }
  }

  #strokeAttributes() {
    const s = this.#state;
    const scale = this.#scale();
    let attributes = ` fill="none" stroke="${escapeXml(s.strokeStyle)}" stroke-width="${num(s.lineWidth * scale)}"`;
    if (s.lineJoin !== 'miter') attributes += ` stroke-linejoin="${s.lineJoin}"`;
    if (s.lineCap !== 'butt') attributes += ` stroke-linecap="${s.lineCap}"`;
    if (s.dash.length) attributes += ` stroke-dasharray="${s.dash.map((v) => num(v * scale)).join(' ')}"`;
    return attributes + this.#opacity();
  }

  #opacity() {
    return this.#state.globalAlpha < 1 ? ` opacity="${num(this.#state.globalAlpha)}"` : '';
  }

  stroke() {
    for (const path of this.#subpaths) {
      if (path.points < 2) continue;
      this.#body.push(`<path d="${path.d.join('')}"${this.#strokeAttributes()}/>`);
    }
  }

  fill() {
    const d = this.#subpaths.filter((path) => path.points >= 2).map((path) => path.d.join('')).join('');
    if (d) this.#body.push(`<path d="${d}" fill="${escapeXml(this.#state.fillStyle)}"${this.#opacity()}/>`);
  }

  // Later drawing is clipped to the current path until the restore() that
  // matches the latest save().
  clip() {
    const id = `clip-${++this.#clipCount}`;
    const d = this.#subpaths.map((path) => path.d.join('')).join('');
    this.#defs.push(`<clipPath id="${id}"><path d="${d || 'M0 0'}"/></clipPath>`);
    this.#body.push(`<g clip-path="url(#${id})">`);
    this.#state.groups++;
  }

  #rectangle(x, y, width, height) {
    const [x0, y0] = this.#point(x, y);
    const scale = this.#scale();
    const w = width * scale;
    const h = height * scale;
    return `x="${num(Math.min(x0, x0 + w))}" y="${num(Math.min(y0, y0 + h))}" width="${num(Math.abs(w))}" height="${num(Math.abs(h))}"`;
  }

  fillRect(x, y, width, height) {
    if (![x, y, width, height].every(Number.isFinite)) return;
    this.#body.push(`<rect ${this.#rectangle(x, y, width, height)} fill="${escapeXml(this.#state.fillStyle)}"${this.#opacity()}/>`);
  }

  strokeRect(x, y, width, height) {
    if (![x, y, width, height].every(Number.isFinite)) return;
    this.#body.push(`<rect ${this.#rectangle(x, y, width, height)}${this.#strokeAttributes()}/>`);
  }

  measureText(text) {
    return this.#measure(String(text), this.#state.font, this.#state.textBaseline);
  }

  // Text at (x, y) as the canvas places it: the anchor from textAlign, and
  // the alphabetic baseline moved to where textBaseline puts the text.
  fillText(text, x, y) {
    if (!Number.isFinite(x) || !Number.isFinite(y)) return;
    const s = this.#state;
    const metrics = this.#measure(String(text), s.font, s.textBaseline);
    const shift = Number.isFinite(metrics.alphabeticBaseline)
      ? -metrics.alphabeticBaseline
      : BASELINE_EM[s.textBaseline] * fontSize(s.font);
    const [px, py] = this.#point(x, y + shift);
    const anchor = ANCHORS[s.textAlign];
    this.#body.push(
      `<text x="${num(px)}" y="${num(py)}"${fontAttributes(s.font, this.#scale())}` +
        `${anchor === 'start' ? '' : ` text-anchor="${anchor}"`} fill="${escapeXml(s.fillStyle)}"${this.#opacity()}>${escapeXml(text)}</text>`,
    );
  }

  // The SVG document: everything painted so far, with an optional title
  // for assistive technology.
  toSvg({ title, width = this.#width, height = this.#height } = {}) {
    const open = this.#stack.reduce((n, state) => n + state.groups, this.#state.groups);
    return [
      `<svg xmlns="${SVG_NS}" width="${num(width)}" height="${num(height)}" viewBox="0 0 ${num(this.#width)} ${num(this.#height)}" stroke-miterlimit="10">`,
      ...(title ? [`<title>${escapeXml(title)}</title>`] : []),
      ...(this.#defs.length ? [`<defs>${this.#defs.join('')}</defs>`] : []),
      ...this.#body,
      ...Array(open).fill('</g>'),
      '</svg>',
    ].join('\n');
  }
}
