// Pointer, wheel, pinch and keyboard input on a plot's canvas, turned into
// views and hover positions. It owns no view: it reads the one on screen
// through getView() and hands every pan or zoom to onView(view, { final })
// (final: the gesture ended), so the page's store or the element's state
// stays the only owner. The playground and <activation-plot> both use it.
import { makeTransform, panView, zoomView } from './view-math.js';

const WHEEL_ZOOM_RATE = 0.0015;  // per wheel delta unit: ~1.16x per notch of 100
export const BUTTON_ZOOM = 1.5;
const KEY_PAN_FRACTION = 0.1;
const TAP_SLOP = 6;  // pixels a touch may move and still count as a tap
const WHEEL_SETTLE_MS = 250;

export class PlotInteraction {
  #canvas;
  #getView;
  #getArea;
  #onView;
  #onHover;
  #pointers = new Map();
  #gesture = null;
  #lastPointer = null;  // the mouse's last position over the canvas
  #wheelTimer;
  #wheelZooms;

  // `getView()` is the view on screen (y fitted or not), `getArea()` the
  // plot area it was drawn in (CSS pixels), or undefined before the first
  // drawing; `onHover(x)` gets the x under the pointer, or null. `wheel`
  // false leaves the wheel to the page (an embedded plot in an article
  // must not stop it scrolling).
  constructor(canvas, { getView, getArea, onView, onHover, wheel = true }) {
    this.#canvas = canvas;
    this.#wheelZooms = wheel;
    this.#getView = getView;
    this.#getArea = getArea;
    this.#onView = onView;
    this.#onHover = onHover;
    this.#listen();
  }

  // Zooms about the pixel (px, py), or the plot's centre.
  zoom(factor, at) {
    const area = this.#getArea();
    const view = this.#getView();
    if (!area || !view) return;
    const px = at?.px ?? area.left + area.width / 2;
    const py = at?.py ?? area.top + area.height / 2;
    this.#onView(zoomView(view, area, px, py, factor), { final: true });
  }

  #ready() {
    return Boolean(this.#getView() && this.#getArea());
  }

  #local(event) {
    const rect = this.#canvas.getBoundingClientRect();
    return { x: event.clientX - rect.left, y: event.clientY - rect.top };
  }

  #hoverAt(point) {
    const area = this.#getArea();
    const inside = point.x >= area.left && point.x <= area.left + area.width && point.y >= area.top && point.y <= area.top + area.height;
    this.#onHover(inside ? makeTransform(this.#getView(), area).fromPx(point.x) : null);
  }

  #listen() {
    const canvas = this.#canvas;
    canvas.addEventListener('pointerdown', (event) => {
      if (!this.#ready()) return;
      canvas.setPointerCapture?.(event.pointerId);
      this.#pointers.set(event.pointerId, this.#local(event));
      this.#startGesture();
    });
    canvas.addEventListener('pointermove', (event) => {
      if (!this.#ready()) return;
      const point = this.#local(event);
      if (!this.#pointers.has(event.pointerId)) {
        if (event.pointerType === 'mouse') {
          this.#lastPointer = point;
          this.#hoverAt(point);
        }
        return;
      }
      this.#pointers.set(event.pointerId, point);
      this.#moveGesture(event.pointerType);
    });
    const end = (event) => {
      if (!this.#pointers.has(event.pointerId)) return;
      const gesture = this.#gesture;
      const point = this.#local(event);
      this.#pointers.delete(event.pointerId);
      if (gesture?.kind === 'drag') {
        const moved = Math.hypot(point.x - gesture.start.x, point.y - gesture.start.y);
        if (moved < TAP_SLOP) this.#hoverAt(point);  // a tap reads out values
        else this.#onView(this.#getView(), { final: true });
      } else if (gesture?.kind === 'pinch') {
        this.#onView(this.#getView(), { final: true });
      }
      this.#startGesture();
    };
    canvas.addEventListener('pointerup', end);
    canvas.addEventListener('pointercancel', end);
    canvas.addEventListener('pointerleave', (event) => {
      if (event.pointerType === 'mouse' && !this.#pointers.size) {
        this.#lastPointer = null;
        this.#onHover(null);
      }
    });
    canvas.addEventListener('wheel', (event) => this.#wheel(event), { passive: false });
    canvas.addEventListener('keydown', (event) => this.#key(event));
  }

  // Wheel zooms come in bursts: the view is reported as final once they
  // stop. The readout follows the data now under the pointer.
  #wheel(event) {
    if (!this.#wheelZooms || !this.#ready()) return;
    event.preventDefault();
    const point = this.#local(event);
    const delta = event.deltaMode === 1 ? event.deltaY * 33 : event.deltaY;  // lines -> pixels
    const view = zoomView(this.#getView(), this.#getArea(), point.x, point.y, Math.exp(-delta * WHEEL_ZOOM_RATE));
    this.#onView(view, { final: false });
    this.#lastPointer = point;
    this.#hoverAt(point);
    clearTimeout(this.#wheelTimer);
    this.#wheelTimer = setTimeout(() => this.#onView(this.#getView(), { final: true }), WHEEL_SETTLE_MS);
  }

  #startGesture() {
    const points = [...this.#pointers.values()];
    const view = this.#getView();
    if (points.length === 1) this.#gesture = { kind: 'drag', start: points[0], view };
    else if (points.length === 2) {
      const [a, b] = points;
      this.#gesture = { kind: 'pinch', distance: Math.hypot(a.x - b.x, a.y - b.y), view };
    } else this.#gesture = null;
  }

  #moveGesture(pointerType) {
    const points = [...this.#pointers.values()];
    const gesture = this.#gesture;
    const area = this.#getArea();
    if (gesture?.kind === 'drag') {
      const [point] = points;
      this.#onView(panView(gesture.view, area, point.x - gesture.start.x, point.y - gesture.start.y), { final: false });
      if (pointerType === 'mouse') this.#onHover(null);
    } else if (gesture?.kind === 'pinch' && points.length === 2) {
      const [a, b] = points;
      const distance = Math.hypot(a.x - b.x, a.y - b.y);
      if (gesture.distance > 0 && distance > 0) {
        const view = zoomView(gesture.view, area, (a.x + b.x) / 2, (a.y + b.y) / 2, distance / gesture.distance);
        this.#onView(view, { final: false });
      }
    }
  }

  #key(event) {
    if (!this.#ready()) return;
    const area = this.#getArea();
    const step = { x: area.width * KEY_PAN_FRACTION, y: area.height * KEY_PAN_FRACTION };
    const pans = { ArrowLeft: [step.x, 0], ArrowRight: [-step.x, 0], ArrowUp: [0, step.y], ArrowDown: [0, -step.y] };
    if (pans[event.key]) {
      this.#onView(panView(this.#getView(), area, ...pans[event.key]), { final: true });
    } else if (event.key === '+' || event.key === '=') {
      this.zoom(BUTTON_ZOOM);
    } else if (event.key === '-' || event.key === '_') {
      this.zoom(1 / BUTTON_ZOOM);
    } else {
      return;
    }
    event.preventDefault();
  }
}
