// Sends COUNT track events through the official Node client (@customerio/cdp-analytics-node) in
// batches of BATCH to ROOT and prints one JSON line: events, seconds, events per second, errors.
// Usage: node bench_sandbox_node.mjs ROOT KEY COUNT BATCH
import { createRequire } from 'node:module'
import { fileURLToPath } from 'node:url'
import path from 'node:path'

const here = path.dirname(fileURLToPath(import.meta.url))
const require = createRequire(path.join(here, '..', 'tests', 'interop', 'package.json'))
const { Analytics } = require('@customerio/cdp-analytics-node')

const [root, writeKey, countText, batchText] = process.argv.slice(2)
const count = Number(countText)
const batch = Number(batchText)
const analytics = new Analytics({ writeKey, host: root, maxEventsInBatch: batch, flushInterval: 10000,
                                  httpRequestTimeout: 60000 })
let errors = 0
analytics.on('error', () => { errors++ })

const started = performance.now()
for (let i = 0; i < count; i++) {
  analytics.track({ userId: `user-${i % 1000}`, event: 'Bench Event', properties: { index: i, plan: 'pro', total: 12.5 } })
}
await analytics.closeAndFlush({ timeout: 300000 })
const seconds = (performance.now() - started) / 1000
console.log(JSON.stringify({ events: count, seconds, rate: count / seconds, errors }))
