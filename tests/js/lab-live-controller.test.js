// The live run's clock (web/src/lab-page/live/live-controller.js) with a
// stand-in run: a new learning rate keeps the network, anything else
// rebuilds it; steps train a point, a batch or the rest of an epoch; play
// trains in slices that stop when a frame's budget is spent.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { LiveController } from '../../web/src/lab-page/live/live-controller.js';

// A run of `points` training points per epoch, batch 10, each point
// costing `cost` ms of the fake clock.
function fakeLab(clock, { points = 250, cost = 0 } = {}) {
  const built = [];
  return {
    built,
    createPlaygroundRun(options) {
      if (options.lr <= 0) throw new RangeError(`lr = ${options.lr} is out of range`);
      const run = {
        options, epoch: 0, position: 0, lr: options.lr, disposed: false, calls: [],
        trainPoints(n) {
          const visited = Math.min(n, points - this.position);
          clock.now += visited * cost;
          this.position += visited;
          if (this.position === points) { this.position = 0; this.epoch++; }
          this.calls.push(n);
          return visited;
        },
        stepBatch() { this.trainPoints(10); },
        setLearningRate(lr) { this.lr = lr; },
        dispose() { this.disposed = true; },
      };
      built.push(run);
      return run;
    },
  };
}

function controller(lab, clock, frames) {
  const drawn = [];
  const states = [];
  const c = new LiveController(lab, {
    onFrame: (run, reason) => drawn.push(reason),
    onState: (playing) => states.push(playing),
    now: () => clock.now,
    requestFrame: (fn) => frames.push(fn),
    cancelFrame: () => frames.splice(0),
  });
  return { c, drawn, states };
}

const base = { hidden: [8, 8], batch: 10, seed: 1, trial: 0, activation: 'relu', params: {}, lr: 3 };

test('a new learning rate keeps the network; a new activation or trial rebuilds it', () => {
  const clock = { now: 0 };
  const lab = fakeLab(clock);
  const { c, drawn } = controller(lab, clock, []);
  assert.equal(c.configure(base), true);
  c.step('epoch');
  assert.equal(c.configure({ ...base, lr: 0.03 }), false);
  assert.equal(lab.built.length, 1);
  assert.equal(c.run.lr, 0.03);
  assert.equal(c.run.epoch, 1);
  assert.equal(c.configure({ ...base, lr: 0.03, activation: 'leaky_relu' }), true);
  assert.equal(lab.built.length, 2);
  assert.equal(lab.built[0].disposed, true);
  assert.equal(c.run.epoch, 0);
  c.configure({ ...base, lr: 0.03, activation: 'leaky_relu', trial: 4 });
  assert.equal(lab.built.length, 3);
  assert.deepEqual(drawn, ['build', 'step', 'lr', 'build', 'build']);
});

test('bad options throw and keep the last run', () => {
  const clock = { now: 0 };
  const lab = fakeLab(clock);
  const { c } = controller(lab, clock, []);
  c.configure(base);
  assert.throws(() => c.configure({ ...base, activation: 'tanh', lr: -1 }), RangeError);
  assert.equal(c.run, lab.built[0]);
  assert.equal(c.run.disposed, false);
});

test('steps: a point, a batch, the rest of the epoch; reset goes back to epoch 0', () => {
  const clock = { now: 0 };
  const lab = fakeLab(clock);
  const { c } = controller(lab, clock, []);
  c.configure(base);
  c.step('point');
  assert.equal(c.run.position, 1);
  c.step('batch');
  assert.equal(c.run.position, 11);
  c.step('epoch');
  assert.deepEqual([c.run.epoch, c.run.position], [1, 0]);
  c.step('epoch');
  assert.equal(c.run.epoch, 2);
  c.reset();
  assert.deepEqual([c.run.epoch, lab.built.length], [0, 2]);
});

test('play trains an epoch a frame, and a slow epoch over several frames within the budget', () => {
  const clock = { now: 0 };
  const frames = [];
  const lab = fakeLab(clock, { cost: 0.2 });  // 50 ms an epoch: too long for one frame
  const { c, drawn, states } = controller(lab, clock, frames);
  c.configure(base);
  c.play();
  assert.equal(c.playing, true);
  let ticks = 0;
  while (c.run.epoch < 2 && ticks < 100) {
    const start = clock.now;
    frames.shift()();
    ticks++;
    // One slice may overrun the 12 ms budget by at most itself.
    assert.ok(clock.now - start < 30, `a frame took ${clock.now - start} ms`);
  }
  assert.ok(ticks > 2, 'an epoch of 50 ms spans several frames');
  assert.ok(drawn.includes('play') && drawn.includes('play-partial'));
  c.pause();
  assert.deepEqual(states, [true, false]);
  assert.equal(frames.length, 0);
});
