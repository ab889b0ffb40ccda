// The floor of the page benchmark: the least a page can do to show a plot
// (one module script drawing one line on one canvas), served by the same
// server, so the playground's cold load can be read as a ratio to it.
const canvas = document.getElementById('plot');
const ctx = canvas.getContext('2d');
ctx.beginPath();
ctx.moveTo(0, 400);
ctx.lineTo(640, 0);
ctx.stroke();
canvas.dataset.view = 'drawn';
