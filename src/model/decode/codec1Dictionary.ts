/**
 * The preset dictionary of link codec 1: words of the domain, then a document that uses
 * every field, in the key order `stripDefaults` writes. Deflate refers back into it, so a
 * small diagram's link is about a third shorter. FROZEN: every codec-1 link ever made
 * depends on these exact bytes (their zlib header carries its Adler-32, checked by a
 * test). A better dictionary means a new codec, never an edit here.
 */
export const CODEC1_DICTIONARY = [
  'A client sends requests to a service, which calls another service and waits for the reply. When it is down or slow, its callers time out, retry and fail: the failures travel back up the chain to the client. With a queue in between, messages wait in the queue until the consumer is back; the client is told "accepted" and is notified when the work is done. Watch the workers, the backlog, the queue depth, the retries and the circuit breaker. What happens to the orders and payments when ',
  '{"version":2,"title":"Untitled","description":"What to watch","lesson":[{"caption":"Step","atS":10,"',
  'action":"pause","focus":"orders"}],"viewport":{"x":0,"y":0,"zoom":1},"nodes":[{"id":"client","label"',
  ':"Web client","position":{"x":0,"y":120},"kind":"client","rate":100,"arrival":"burst","burstSize":20',
  ',"completion":"poll","pollIntervalS":2},{"id":"orders","label":"orders","position":{"x":280,"y":120}',
  ',"kind":"service","instances":3,"workers":16,"backlogLimit":"unlimited","serviceTime":{"distribution',
  '":"lognormal","meanMs":30,"spread":1},"errorRate":0.1,"workerModel":"nonblocking","callOrder":"paral',
  'lel"},{"id":"payments-queue","label":"payments queue","position":{"x":420,"y":240},"kind":"queue","c',
  'apacity":1000,"maxAttempts":3,"ackTimeoutMs":10000,"ttlS":60},{"id":"payments","label":"payments","p',
  'osition":{"x":560,"y":120},"kind":"service"},{"id":"database","label":"database","position":{"x":840',
  ',"y":120},"kind":"database","pool":10,"backlogLimit":50,"latency":{"distribution":"constant","meanMs',
  '":10},"errorRate":0.01}],"edges":[{"id":"client-orders","source":"client","target":"orders","label":',
  '"checkout","weight":2,"latencyMs":10,"kind":"rpc","timeoutMs":1000,"retry":{"maxAttempts":3,"backoff',
  '":"constant","baseMs":200,"capMs":2000,"jitter":"full"},"breaker":{"enabled":true,"failureThreshold"',
  ':0.2,"windowS":5,"minimumCalls":20,"openS":10,"halfOpenProbes":1},"fallback":true},{"id":"orders-que',
  'ue","source":"orders","target":"payments-queue","kind":"async"},{"id":"queue-payments","source":"pay',
  'ments-queue","target":"payments","kind":"async"},{"id":"payments-database","source":"payments","targ',
  'et":"database","kind":"rpc"}],"scenario":{"durationS":120,"seed":42,"traffic":[{"target":"client","a',
  'tS":90,"rate":200}],"faults":[{"id":"crash-payments","target":"payments","startS":20,"durationS":10,',
  '"kind":"crash","mode":"hang"},{"id":"redeploy-orders","target":"orders","startS":30,"durationS":5,"k',
  'ind":"redeploy","healthCheckDelayS":2},{"id":"slow-database","target":"database","startS":40,"durati',
  'onS":10,"kind":"slow","factor":10},{"id":"errors-orders","target":"orders","startS":50,"durationS":1',
  '0,"kind":"errors","rate":0.9},{"id":"capacity-orders","target":"orders","startS":60,"durationS":10,"',
  'kind":"capacity","fraction":0.75},{"id":"partition","target":"client-orders","startS":70,"durationS"',
  ':10,"kind":"partition"},{"id":"surge-client","target":"client","startS":80,"durationS":10,"kind":"su',
  'rge","factor":5}]}}',
].join('');
