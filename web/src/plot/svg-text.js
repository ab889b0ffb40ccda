// Text and numbers for the SVG recording context (svg-context.js): text
// escaped for XML, coordinates rounded, a canvas font string as SVG font
// attributes, and text measured as a canvas measures it, so the SVG's
// layout matches the PNG's.

// Text for SVG content or a double-quoted attribute.
export function escapeXml(text) {
  return String(text)
    .replace(/&/g, '&amp;')
    .replace(/</g, '&lt;')
    .replace(/>/g, '&gt;')
    .replace(/"/g, '&quot;')
    // Characters XML 1.0 does not allow, even escaped.
    .replace(/[\u0000-\u0008\u000b\u000c\u000e-\u001f\ufffe\uffff]/g, '');
}

// Coordinates to 1/100 px: exact enough for any screen or printer, and
// short files.
export const num = (n) => {
  const rounded = Math.round(n * 100) / 100;
  return Object.is(rounded, -0) ? '0' : String(rounded);
};

// "600 18px system-ui, sans-serif" -> SVG font attributes. Canvas font
// strings here are [style] [weight] size family.
export function fontAttributes(font, scale) {
  const match = /^\s*((?:(?:italic|oblique|normal|bold|bolder|lighter|[1-9]00)\s+)*)([\d.]+)px\s+(.+)$/.exec(font);
  if (!match) return ` font-family="${escapeXml(font)}"`;
  const words = match[1].trim().split(/\s+/).filter(Boolean);
  const style = words.find((w) => w === 'italic' || w === 'oblique');
  const weight = words.find((w) => w !== 'italic' && w !== 'oblique' && w !== 'normal');
  return (
    ` font-family="${escapeXml(match[3].replace(/"/g, "'"))}" font-size="${num(Number(match[2]) * scale)}"` +
    (weight ? ` font-weight="${weight}"` : '') +
    (style ? ` font-style="${style}"` : '')
  );
}

export const fontSize = (font) => Number(/([\d.]+)px/.exec(font)?.[1] ?? 10);

// Where the alphabetic baseline sits below the line a canvas' textBaseline
// names, in em, for when the measure gives no alphabeticBaseline.
export const BASELINE_EM = { top: 0.76, hanging: 0.73, middle: 0.27, alphabetic: 0, ideographic: -0.21, bottom: -0.24 };

let measuringContext;
export function canvasMeasure(text, font, baseline) {
  if (measuringContext === undefined) {
    measuringContext = null;
    if (typeof OffscreenCanvas === 'function') measuringContext = new OffscreenCanvas(1, 1).getContext('2d');
    else if (typeof document === 'object') measuringContext = document.createElement('canvas').getContext('2d');
  }
  if (!measuringContext) return { width: 0.6 * fontSize(font) * String(text).length };
  measuringContext.font = font;
  measuringContext.textBaseline = baseline;
  return measuringContext.measureText(text);
}

