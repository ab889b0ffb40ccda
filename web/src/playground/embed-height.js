// The iframe page tells the page that embeds it how tall its content is,
// so the iframe can fit it: a message { type: HEIGHT_MESSAGE, height }
// with a whole number of CSS pixels, posted on load, after each drawing and
// on every resize. The snippet's one-line listener (embed-snippets.js)
// sets the height of the iframe whose window sent it; without it, the
// iframe keeps its fixed height and the page fits itself to that.
export const HEIGHT_MESSAGE = 'activation-playground:height';

// Heights are clamped to this: a runaway layout never makes a huge frame.
export const MAX_HEIGHT = 4000;

// The height the content needs: laid out once with the frame's height
// released (html.measuring in embed.css lets the plot take its own
// height), read, and put back before anything is painted, so nothing
// flickers and no resize is observed.
export function contentHeight() {
  const root = document.documentElement;
  root.classList.add('measuring');
  const height = Math.ceil(document.body.getBoundingClientRect().height);
  root.classList.remove('measuring');
  return Math.min(MAX_HEIGHT, height);
}

// Posts the content height to the parent window whenever it changes.
// Returns the function that posts (call it after a change of content).
export function reportHeights(parent = window.parent) {
  if (parent === window) return () => {};
  let last = 0;
  const post = () => {
    const height = contentHeight();
    if (height > 0 && height !== last) {
      last = height;
      // The height is no secret: any embedding page may read it.
      parent.postMessage({ type: HEIGHT_MESSAGE, height }, '*');
    }
  };
  window.addEventListener('resize', post);
  new ResizeObserver(post).observe(document.body);
  post();
  return post;
}
