// The interactive plot: owns the view ({ xMin, xMax, yMin, yMax }) and turns
// pointer, wheel, pinch and keyboard input into pans, zooms and hover
// positions. Redraws are coalesced into one per animation frame, so dragging
// a slider or the plot stays smooth.
import { fitCanvas, plotArea } from './plot.js';
import { makeTransform, panView, zoomView } from './view-math.js';

const WHEEL_ZOOM_RATE = 0.0015;  // per wheel delta unit: ~1.16x per notch of 100
const BUTTON_ZOOM = 1.5;
const KEY_PAN_FRACTION = 0.1;
const TAP_SLOP = 6;  // pixels a touch may move and still count as a tap

export class PlotView {
  // `render(view, hoverX)` draws; `onViewChange(view, { final })` hears of
  // every pan or zoom (final: the gesture ended).
  constructor(canvas, { render, onViewChange, onHover }) {
    this.canvas = canvas;
    this.render = render;
    this.onViewChange = onViewChange;
    this.onHover = onHover;
    this.view = null;
    this.hoverX = null;
    this.frame = 0;
    this.pointers = new Map();
    this.gesture = null;
    this.listen();
  }

  area() {
    return plotArea(fitCanvas(this.canvas));
  }

  setView(view) {
    this.view = view;
    this.schedule();
  }

  setHover(x) {
    this.hoverX = x;
    this.onHover?.(x);
    this.schedule();
  }

  schedule() {
    if (this.frame) return;
    this.frame = requestAnimationFrame(() => {
      this.frame = 0;
      if (this.view) this.render(this.view, this.hoverX);
    });
  }

  // Draws now (used before exporting or measuring).
  flush() {
    if (this.frame) cancelAnimationFrame(this.frame);
    this.frame = 0;
    if (this.view) this.render(this.view, this.hoverX);
  }

  change(view, final) {
    this.view = view;
    this.onViewChange(view, { final });
    this.schedule();
  }

  zoomAt(px, py, factor, final = true) {
    this.change(zoomView(this.view, this.area(), px, py, factor), final);
  }

  zoomCentre(factor) {
    const area = this.area();
    this.zoomAt(area.left + area.width / 2, area.top + area.height / 2, factor);
  }

  local(event) {
    const rect = this.canvas.getBoundingClientRect();
    return { x: event.clientX - rect.left, y: event.clientY - rect.top };
  }

  hoverAt(point) {
    const area = this.area();
    const inside = point.x >= area.left && point.x <= area.left + area.width && point.y >= area.top && point.y <= area.top + area.height;
    this.setHover(inside ? makeTransform(this.view, area).fromPx(point.x) : null);
  }

  listen() {
    const canvas = this.canvas;
    canvas.addEventListener('pointerdown', (event) => {
      if (!this.view) return;
      canvas.setPointerCapture(event.pointerId);
      this.pointers.set(event.pointerId, this.local(event));
      this.startGesture();
    });
    canvas.addEventListener('pointermove', (event) => {
      if (!this.view) return;
      const point = this.local(event);
      if (!this.pointers.has(event.pointerId)) {
        if (event.pointerType === 'mouse') this.hoverAt(point);
        return;
      }
      this.pointers.set(event.pointerId, point);
      this.moveGesture(event.pointerType);
    });
    const end = (event) => {
      if (!this.pointers.has(event.pointerId)) return;
      const gesture = this.gesture;
      const point = this.local(event);
      this.pointers.delete(event.pointerId);
      if (gesture?.kind === 'drag') {
        const moved = Math.hypot(point.x - gesture.start.x, point.y - gesture.start.y);
        if (moved < TAP_SLOP) this.hoverAt(point);  // a tap reads out values
        else this.onViewChange(this.view, { final: true });
      } else if (gesture?.kind === 'pinch') {
        this.onViewChange(this.view, { final: true });
      }
      this.startGesture();
    };
    canvas.addEventListener('pointerup', end);
    canvas.addEventListener('pointercancel', end);
    canvas.addEventListener('pointerleave', (event) => {
      if (event.pointerType === 'mouse' && !this.pointers.size) this.setHover(null);
    });
    canvas.addEventListener(
      'wheel',
      (event) => {
        if (!this.view) return;
        event.preventDefault();
        const point = this.local(event);
        const delta = event.deltaMode === 1 ? event.deltaY * 33 : event.deltaY;  // lines -> pixels
        this.zoomAt(point.x, point.y, Math.exp(-delta * WHEEL_ZOOM_RATE), false);
        this.scheduleFinal();
      },
      { passive: false },
    );
    canvas.addEventListener('keydown', (event) => this.key(event));
  }

  // Wheel zooms come in bursts: report the view as final once they stop.
  scheduleFinal() {
    clearTimeout(this.finalTimer);
    this.finalTimer = setTimeout(() => this.onViewChange(this.view, { final: true }), 250);
  }

  startGesture() {
    const points = [...this.pointers.values()];
    if (points.length === 1) this.gesture = { kind: 'drag', start: points[0], last: points[0], view: this.view };
    else if (points.length === 2) {
      const [a, b] = points;
      this.gesture = { kind: 'pinch', distance: Math.hypot(a.x - b.x, a.y - b.y), view: this.view };
    } else this.gesture = null;
  }

  moveGesture(pointerType) {
    const points = [...this.pointers.values()];
    const gesture = this.gesture;
    if (gesture?.kind === 'drag') {
      const [point] = points;
      const area = this.area();
      this.change(panView(gesture.view, area, point.x - gesture.start.x, point.y - gesture.start.y), false);
      if (pointerType === 'mouse') this.setHover(null);
    } else if (gesture?.kind === 'pinch' && points.length === 2) {
      const [a, b] = points;
      const distance = Math.hypot(a.x - b.x, a.y - b.y);
      if (gesture.distance > 0 && distance > 0) {
        const view = zoomView(gesture.view, this.area(), (a.x + b.x) / 2, (a.y + b.y) / 2, distance / gesture.distance);
        this.change(view, false);
      }
    }
  }

  key(event) {
    if (!this.view) return;
    const area = this.area();
    const step = { x: area.width * KEY_PAN_FRACTION, y: area.height * KEY_PAN_FRACTION };
    const pans = { ArrowLeft: [step.x, 0], ArrowRight: [-step.x, 0], ArrowUp: [0, step.y], ArrowDown: [0, -step.y] };
    if (pans[event.key]) {
      this.change(panView(this.view, area, ...pans[event.key]), true);
    } else if (event.key === '+' || event.key === '=') {
      this.zoomCentre(BUTTON_ZOOM);
    } else if (event.key === '-' || event.key === '_') {
      this.zoomCentre(1 / BUTTON_ZOOM);
    } else {
      return;
    }
    event.preventDefault();
  }
}

export { BUTTON_ZOOM };
