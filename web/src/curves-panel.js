// The list of overlaid curves: one button per curve to choose which one the
// controls edit, plus add and remove.
export function renderCurveList(list, curves, labels, selected, onSelect) {
  list.replaceChildren(
    ...curves.map((curve, i) => {
      const item = document.createElement('li');
      const button = document.createElement('button');
      button.type = 'button';
      button.className = `curve-chip curve-colour-${(i % 6) + 1}`;
      button.setAttribute('aria-pressed', String(i === selected));
      button.textContent = labels[i];
      button.addEventListener('click', () => onSelect(i));
      item.append(button);
      return item;
    }),
  );
}

// The legend: one toggle per curve, showing its line styles.
export function renderLegend(container, curves, labels, onToggle) {
  container.replaceChildren(
    ...curves.map((curve, i) => {
      const button = document.createElement('button');
      button.type = 'button';
      button.className = `legend-item curve-colour-${(i % 6) + 1}`;
      button.setAttribute('aria-pressed', String(curve.visible));
      button.title = curve.visible ? 'Hide this curve' : 'Show this curve';
      const solid = document.createElement('span');
      solid.className = 'swatch swatch-f';
      solid.setAttribute('aria-hidden', 'true');
      const parts = [solid];
      if (curve.derivative) {
        const dashed = document.createElement('span');
        dashed.className = 'swatch swatch-df';
        dashed.setAttribute('aria-hidden', 'true');
        parts.push(dashed);
      }
      const text = document.createElement('span');
      text.textContent = curve.derivative ? `${labels[i]}: f and f′` : `${labels[i]}: f`;
      button.append(...parts, text);
      button.addEventListener('click', () => onToggle(i));
      return button;
    }),
  );
}
