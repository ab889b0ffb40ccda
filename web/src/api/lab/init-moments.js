// The moments of an initialiser's draws for one layer (core:
// init_moments in core/include/activations/lab/init.hpp): the weights'
// variance and the biases' mean and variance, which the mean-field theory
// of signal propagation takes (experiment 4's theory line).
import { withScratch } from './heap.js';
import { checkInit, checkInteger, checkKeys, checkObject } from './options.js';

export function createInitMoments(core, { limits }) {
  return function initMoments(options = {}) {
    options = checkObject(options, 'options', "{ init: 'he-normal', bias: 'zero', fanIn: 64, fanOut: 64 }");
    checkKeys(options, ['init', 'bias', 'fanIn', 'fanOut'], 'initMoments');
    const init = checkInit(options, 'he-normal', 'initialiser');
    const fanIn = checkInteger(options.fanIn ?? 1, 'fanIn', 1, limits.width);
    const fanOut = checkInteger(options.fanOut ?? fanIn, 'fanOut', 1, limits.width);
    const [weightVariance, biasMean, biasVariance] = withScratch(core, (s) => {
      // The settings block's common head (lab_calls.hpp): activation,
      // kink, init, bias, bias value, seed; only the init part is read.
      const settings = s.f64(6, [0, 0, init.init, init.bias, init.biasValue, 0]);
      const out = s.f64(3);
      core.initMoments(settings, fanIn, fanOut, out);
      return s.readF64(out, 3);
    });
    return { weightVariance, biasMean, biasVariance };
  };
}
