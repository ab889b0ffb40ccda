// Runs an experiment's trials chunk by chunk, yielding to the event loop
// between chunks so that progress can be reported, an AbortSignal can stop
// the run, and a page stays responsive. A trial's result depends only on
// (seed, trial), so chunking never changes a result.

// A macrotask turn: lets messages (a worker's abort) and timers run.
const nextTurn = () => new Promise((resolve) => setTimeout(resolve, 0));

function abortError(signal) {
  if (signal.reason !== undefined) return signal.reason;
  const error = new Error('the experiment was cancelled');
  error.name = 'AbortError';
  return error;
}

// runChunk(first, count) computes trials [first, first + count); trials
// are `range.first … range.first + range.count − 1`.
export async function runInChunks({ range, chunk, onProgress, signal }, runChunk) {
  const { first, count } = range;
  if (signal?.aborted) throw abortError(signal);
  for (let done = 0; done < count; ) {
    const size = Math.min(chunk, count - done);
    runChunk(first + done, size, done);
    done += size;
    onProgress?.({ done, total: count, fraction: done / count });
    await nextTurn();
    if (signal?.aborted) throw abortError(signal);
  }
  if (count === 0) onProgress?.({ done: 0, total: 0, fraction: 1 });
}
