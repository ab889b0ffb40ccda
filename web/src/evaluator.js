// The input box: parses the user's text, shows x, f(x) and f′(x) per input,
// or points at the first bad token. The text itself is never rewritten.
import { parseNumberList } from './python/parse-inputs.js';
import { formatPythonFloat } from './python/python-format.js';

function cell(text, header = false) {
  const element = document.createElement(header ? 'th' : 'td');
  if (header) element.scope = 'row';
  element.textContent = text;
  return element;
}

// The message with the offending characters of the input marked.
function showError(errorElement, text, error) {
  const excerpt = document.createElement('code');
  const mark = document.createElement('mark');
  mark.textContent = text.slice(error.start, error.end) || ' ';
  excerpt.append(text.slice(0, error.start), mark, text.slice(error.end));
  errorElement.replaceChildren(`${error.message} (at character ${error.start + 1}): `, excerpt);
  errorElement.hidden = false;
}

// Recomputes the table for the current text and activation. `compute(xs)`
// returns { y, dy } arrays for a Float64Array of inputs.
export function renderEvaluation({ input, errorElement, tbody }, compute) {
  const text = input.value;
  const parsed = parseNumberList(text);
  if (!parsed.ok) {
    input.setAttribute('aria-invalid', 'true');
    showError(errorElement, text, parsed.error);
    return;  // keep the last good table: the user is mid-edit
  }
  input.removeAttribute('aria-invalid');
  errorElement.hidden = true;
  const xs = Float64Array.from(parsed.values, (v) => v.value);
  const { y, dy } = compute(xs);
  tbody.replaceChildren(
    ...parsed.values.map((v, i) => {
      const row = document.createElement('tr');
      row.append(cell(v.text, true), cell(formatPythonFloat(y[i])), cell(formatPythonFloat(dy[i])));
      return row;
    }),
  );
}
