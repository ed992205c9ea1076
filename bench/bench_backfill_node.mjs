// Reads a JSONL file of calls line by line and sends each through the official Node client
// (@customerio/cdp-analytics-node), as a home-made backfill script would, then prints one JSON line:
// events, seconds, events per second, errors. Usage: node bench_backfill_node.mjs ROOT KEY FILE
import { createRequire } from 'node:module'
import { fileURLToPath } from 'node:url'
import { createReadStream } from 'node:fs'
import { createInterface } from 'node:readline'
import path from 'node:path'

const here = path.dirname(fileURLToPath(import.meta.url))
const require = createRequire(path.join(here, '..', 'tests', 'interop', 'package.json'))
const { Analytics } = require('@customerio/cdp-analytics-node')

const [root, writeKey, file] = process.argv.slice(2)
const analytics = new Analytics({ writeKey, host: root, maxEventsInBatch: 500, flushInterval: 10000,
                                  httpRequestTimeout: 60000 })
let errors = 0
analytics.on('error', () => { errors++ })

const started = performance.now()
let events = 0
for await (const line of createInterface({ input: createReadStream(file), crlfDelay: Infinity })) {
  if (!line) continue
  const call = JSON.parse(line)
  const type = call.type
  delete call.type
  if (typeof analytics[type] === 'function') {
    analytics[type](call)
    events++
  }
}
await analytics.closeAndFlush({ timeout: 600000 })
const seconds = (performance.now() - started) / 1000
console.log(JSON.stringify({ events, seconds, rate: events / seconds, errors }))
