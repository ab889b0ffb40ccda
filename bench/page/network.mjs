// The browser's own record of a page's requests, from the Chrome DevTools
// Protocol's Network domain: every request with its initiator, status,
// encoding, cache use and the bytes it took on the wire (headers included,
// as Chromium counts them in loadingFinished.encodedDataLength).
export class NetworkLog {
  requests = new Map();  // requestId -> record

  static async attach(context, page) {
    const log = new NetworkLog();
    const cdp = await context.newCDPSession(page);
    cdp.on('Network.requestWillBeSent', (event) => log.#sent(event));
    cdp.on('Network.requestServedFromCache', ({ requestId }) => log.#record(requestId).memoryCache = true);
    cdp.on('Network.responseReceived', ({ requestId, response }) => Object.assign(log.#record(requestId), {
      status: response.status,
      encoding: headerValue(response.headers, 'content-encoding'),
      fromDiskCache: Boolean(response.fromDiskCache),
      fromMemoryCache: Boolean(response.fromMemoryCache),
      received: response.timing ? response.timing.requestTime + response.timing.receiveHeadersEnd / 1000 : undefined,
    }));
    cdp.on('Network.loadingFinished', ({ requestId, timestamp, encodedDataLength }) =>
      Object.assign(log.#record(requestId), { finished: timestamp, bytes: encodedDataLength }));
    cdp.on('Network.loadingFailed', ({ requestId, timestamp, errorText }) =>
      Object.assign(log.#record(requestId), { finished: timestamp, failed: errorText, bytes: 0 }));
    await cdp.send('Network.enable');
    log.cdp = cdp;
    return log;
  }

  #record(id) {
    if (!this.requests.has(id)) this.requests.set(id, { id });
    return this.requests.get(id);
  }

  #sent({ requestId, request, initiator, timestamp, wallTime, type }) {
    const record = this.#record(requestId);
    Object.assign(record, { url: request.url, type, started: timestamp, wallTime, initiator: initiatorUrl(initiator) });
  }

  // Records finished so far, in the order they were sent.
  list() {
    return [...this.requests.values()].filter((r) => r.url && !r.url.startsWith('data:')).sort((a, b) => a.started - b.started);
  }

  // Totals: requests, bytes on the wire, how many were compressed, and how
  // many came from the cache without touching the network.
  summary() {
    const list = this.list();
    const fromCache = (r) => r.memoryCache || r.fromDiskCache || r.fromMemoryCache;
    return {
      requests: list.length,
      bytes: list.reduce((sum, r) => sum + (r.bytes ?? 0), 0),
      compressed: list.filter((r) => r.encoding === 'br' || r.encoding === 'gzip').length,
      cached: list.filter(fromCache).length,
      validated: list.filter((r) => r.status === 304).length,
      downloaded: list.filter((r) => r.status === 200 && !fromCache(r)).length,
    };
  }

  // The longest chain of requests, each started by the one before it, among
  // the requests that had finished by `beforeWallTime` (seconds since the
  // epoch): the dependent round trips a first plot waited for.
  criticalChain(beforeWallTime) {
    const list = this.list();
    const offset = list[0] ? list[0].wallTime - list[0].started : 0;  // monotonic -> wall clock
    const done = list.filter((r) => r.finished !== undefined && r.finished + offset <= beforeWallTime);
    const byUrl = new Map(list.map((r) => [stripHash(r.url), r]));
    const chainOf = (record, seen = new Set()) => {
      const parent = record.initiator && byUrl.get(stripHash(record.initiator));
      if (!parent || parent === record || seen.has(parent)) return [record];
      seen.add(record);
      return [...chainOf(parent, seen), record];
    };
    let longest = [];
    for (const record of done) {
      const chain = chainOf(record);
      if (chain.length > longest.length) longest = chain;
    }
    return longest.map((r) => new URL(r.url).pathname);
  }
}

function headerValue(headers, name) {
  for (const [key, value] of Object.entries(headers ?? {})) if (key.toLowerCase() === name) return value;
  return undefined;
}

// The URL of the document or script that started a request: a parser's
// document, a module's importer, or the top of the script stack.
function initiatorUrl(initiator) {
  if (!initiator) return undefined;
  if (initiator.url) return initiator.url;
  let stack = initiator.stack;
  while (stack) {
    const frame = stack.callFrames?.find((f) => f.url);
    if (frame) return frame.url;
    stack = stack.parent;
  }
  return undefined;
}

const stripHash = (url) => url.split('#')[0];
