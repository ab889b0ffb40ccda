// Pointer, wheel, pinch and keyboard input on a plot's canvas, turned into
// views and hover positions. It owns no view: it reads the one on screen
// through getView() and hands every pan or zoom to onView(view, { final,
// kind, movedY }) (final: the gesture ended; kind: 'zoom' for buttons and
// keys, 'wheel', 'pinch' or 'pan'; movedY: the pan moved y on purpose), so
// the page's store or the element's state stays the only owner and decides
// whether y follows or stays fitted. The playground and <activation-plot>
// both use it.
//
// Touch: one finger dragging sideways pans, one finger moving vertically
// scrolls the page (touch-action: pan-y on the canvas), two fingers pan and
// zoom; a tap reads out values.
import { makeTransform, panView, zoomView } from './view-math.js';

const WHEEL_ZOOM_RATE = 0.0015;  // per wheel delta unit: ~1.16x per notch of 100
export const BUTTON_ZOOM = 1.5;
const KEY_PAN_FRACTION = 0.1;
const TAP_SLOP = 6;  // pixels a touch may move and still count as a tap
const Y_SLOP = 12;   // pixels a drag must move vertically before it moves y
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
  #zoomAnchor;

  // `getView()` is the view on screen (y fitted or not), `getArea()` the
  // plot area it was drawn in (CSS pixels), or undefined before the first
  // drawing; `onHover(x)` gets the x under the pointer, or null. `wheel`
  // false leaves the wheel to the page (an embedded plot in an article
  // must not stop it scrolling).
  // `zoomAnchor()` gives the data point (x, y) buttons and keys zoom
  // about, or undefined for the plot's centre.
  constructor(canvas, { getView, getArea, onView, onHover, wheel = true, zoomAnchor = () => undefined }) {
    this.#canvas = canvas;
    this.#wheelZooms = wheel;
    this.#zoomAnchor = zoomAnchor;
    this.#getView = getView;
    this.#getArea = getArea;
    this.#onView = onView;
    this.#onHover = onHover;
    this.#listen();
  }

  // Zooms by `factor` about the zoom anchor when it is in view, else the
  // plot's centre.
  zoom(factor) {
    const area = this.#getArea();
    const view = this.#getView();
    if (!area || !view) return;
    const anchor = this.#zoomAnchor();
    const t = makeTransform(view, area);
    const inside = (v, low, high) => v >= low && v <= high;
    const px = anchor && inside(anchor.x, view.xMin, view.xMax) ? t.toPx(anchor.x) : area.left + area.width / 2;
    const py = anchor && inside(anchor.y, view.yMin, view.yMax) ? t.toPy(anchor.y) : area.top + area.height / 2;
    this.#onView(zoomView(view, area, px, py, factor), { final: true, kind: 'zoom' });
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
        else this.#onView(this.#getView(), { final: true, kind: 'pan', movedY: gesture.movedY });
      } else if (gesture?.kind === 'pinch') {
        this.#onView(this.#getView(), { final: true, kind: 'pinch' });
      }
      this.#startGesture();
    };
    canvas.addEventListener('pointerup', end);
    // The browser took the touch (a vertical swipe scrolls the page): no
    // tap, but a pan already under way ends where it is.
    canvas.addEventListener('pointercancel', (event) => {
      if (!this.#pointers.delete(event.pointerId)) return;
      if (this.#gesture?.kind === 'drag' && this.#getView() !== this.#gesture.view) {
        this.#onView(this.#getView(), { final: true, kind: 'pan', movedY: this.#gesture.movedY });
      }
      this.#startGesture();
    });
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
    this.#onView(view, { final: false, kind: 'wheel' });
    this.#lastPointer = point;
    this.#hoverAt(point);
    clearTimeout(this.#wheelTimer);
    this.#wheelTimer = setTimeout(() => this.#onView(this.#getView(), { final: true, kind: 'wheel' }), WHEEL_SETTLE_MS);
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
      gesture.movedY ||= Math.abs(point.y - gesture.start.y) > Y_SLOP;
      const dy = gesture.movedY ? point.y - gesture.start.y : 0;
      this.#onView(panView(gesture.view, area, point.x - gesture.start.x, dy), { final: false, kind: 'pan', movedY: gesture.movedY });
      if (pointerType === 'mouse') this.#onHover(null);
    } else if (gesture?.kind === 'pinch' && points.length === 2) {
      const [a, b] = points;
      const distance = Math.hypot(a.x - b.x, a.y - b.y);
      if (gesture.distance > 0 && distance > 0) {
        const view = zoomView(gesture.view, area, (a.x + b.x) / 2, (a.y + b.y) / 2, distance / gesture.distance);
        this.#onView(view, { final: false, kind: 'pinch' });
      }
    }
  }

  #key(event) {
    if (!this.#ready()) return;
    const area = this.#getArea();
    const step = { x: area.width * KEY_PAN_FRACTION, y: area.height * KEY_PAN_FRACTION };
    const pans = { ArrowLeft: [step.x, 0], ArrowRight: [-step.x, 0], ArrowUp: [0, step.y], ArrowDown: [0, -step.y] };
    if (pans[event.key]) {
      const [dx, dy] = pans[event.key];
      this.#onView(panView(this.#getView(), area, dx, dy), { final: true, kind: 'pan', movedY: dy !== 0 });
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
