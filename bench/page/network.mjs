// The browser's own record of a page's requests, from the Chrome DevTools
// Protocol's Network domain: every request with its initiator, status,
// encoding, cache use and the bytes it took on the wire (headers included,
// as Chromium counts them in loadingFinished.encodedDataLength).
// A response of at most this many bytes on the wire had no body.
const HEADERS_ONLY = 1024;

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
      // Revalidated: a 304 (Chromium reports some as 200) carries headers
      // only; anything over HEADERS_ONLY bytes brought a body.
      validated: list.filter((r) => !fromCache(r) && (r.bytes ?? 0) <= HEADERS_ONLY).length,
      downloaded: list.filter((r) => !fromCache(r) && (r.bytes ?? 0) > HEADERS_ONLY).length,
    };
  }

  // The requests that had finished by `beforeWallTime` (seconds since the
  // epoch, the first plot), each with its depth: 1 for the document, 2 for
  // what the document started, and so on through each request's initiator.
  requestsBefore(beforeWallTime) {
    const list = this.list();
    const offset = list[0] ? list[0].wallTime - list[0].started : 0;  // monotonic -> wall clock
    const byUrl = new Map(list.map((r) => [stripHash(r.url), r]));
    const chainOf = (record, seen = new Set()) => {
      const parent = record.initiator && byUrl.get(stripHash(record.initiator));
      if (!parent || parent === record || seen.has(parent)) return [record];
      seen.add(record);
      return [...chainOf(parent, seen), record];
    };
    return list
      .filter((r) => r.finished !== undefined && r.finished + offset <= beforeWallTime)
      .map((r) => ({ path: new URL(r.url).pathname, chain: chainOf(r).map((c) => new URL(c.url).pathname) }));
  }

  // The longest chain of requests, each started by the one before it, that
  // a first plot at `beforeWallTime` waited for.
  criticalChain(beforeWallTime) {
    let longest = [];
    for (const { chain } of this.requestsBefore(beforeWallTime)) if (chain.length > longest.length) longest = chain;
    return longest;
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
