// Interop: the official Node client (@customerio/cdp-analytics-node) sends every call type to the
// sandbox; then the sandbox's own record (/_sandbox/events) must show each call accepted, with
// every field the client put on the wire. Run by with_sandbox.sh, which sets SANDBOX_URL,
// SANDBOX_ROOT and SANDBOX_KEY. Exits non-zero with a reason on any difference.
import { Analytics } from '@customerio/cdp-analytics-node'

const root = process.env.SANDBOX_ROOT
const writeKey = process.env.SANDBOX_KEY
if (!root || !writeKey) {
  console.error('send_all_types: SANDBOX_ROOT and SANDBOX_KEY must be set (run through with_sandbox.sh)')
  process.exit(2)
}

const run = `${process.pid}-${Date.now()}`
const userId = `user-${run}`
const anonymousId = `anon-${run}`
const analytics = new Analytics({ writeKey, host: root, maxEventsInBatch: 4, flushInterval: 100 })
const failures = []
analytics.on('error', (error) => failures.push(`client error: ${error?.message ?? error}`))

// Every call type, each with the fields a real integration sets.
const calls = [
  ['identify', { userId, traits: { email: 'person@example.com', plan: 'pro', logins: 5 } }],
  ['track', { userId, event: 'Order Completed', properties: { total: 12.5, currency: 'EUR', items: [{ sku: 'A1' }] },
              context: { locale: 'fr-FR', ip: '192.0.2.1' } }],
  ['track', { anonymousId, event: 'Signed Up', properties: { plan: 'free' }, timestamp: new Date('2024-01-02T03:04:05.000Z'),
              messageId: `own-id-${run}` }],
  ['page', { userId, name: 'Pricing', category: 'Docs', properties: { url: 'https://example.com/pricing', path: '/pricing' } }],
  ['screen', { anonymousId, name: 'Cart', properties: { items: 2 } }],
  ['group', { userId, groupId: `group-${run}`, traits: { name: 'Acme', object_type_id: '1' } }],
  ['alias', { previousId: anonymousId, userId }],
  ['track', { userId, event: 'Device Created or Updated', context: { device: { token: `token-${run}`, type: 'ios' } } }],
]

// What the client itself built for each call (its own messageId, timestamp, context.library, ...).
const sent = await Promise.all(calls.map(([type, params]) => new Promise((resolve) => {
  analytics[type](params, (error, ctx) => {
    if (error) failures.push(`${type}: the client reports ${error?.message ?? error}`)
    resolve({ type, event: ctx ? JSON.parse(JSON.stringify(ctx.event)) : null })
  })
})))
await analytics.closeAndFlush({ timeout: 10000 })

const answer = await fetch(`${root}/_sandbox/events?since=0&limit=10000`)
const { events } = await answer.json()
const byMessageId = new Map(events.map((e) => [e.messageId, e]))

// Every field the client set must be in the stored payload with the same value.
function missingFields (expected, actual, path = '') {
  const problems = []
  if (expected !== null && typeof expected === 'object' && !Array.isArray(expected)) {
    if (actual === null || typeof actual !== 'object') return [`${path || '/'}: expected an object, stored ${JSON.stringify(actual)}`]
    for (const [key, value] of Object.entries(expected)) problems.push(...missingFields(value, actual[key], `${path}/${key}`))
    return problems
  }
  if (JSON.stringify(expected) !== JSON.stringify(actual)) {
    problems.push(`${path}: client sent ${JSON.stringify(expected)}, stored ${JSON.stringify(actual)}`)
  }
  return problems
}

for (const { type, event } of sent) {
  if (!event) continue
  const stored = byMessageId.get(event.messageId)
  const label = `${type} ${event.event ?? event.name ?? ''} (${event.messageId})`
  if (!stored) { failures.push(`${label}: not recorded by the sandbox`); continue }
  if (!stored.accepted) { failures.push(`${label}: dropped: ${stored.reason}: ${stored.message}`); continue }
  if (stored.type !== type) failures.push(`${label}: recorded as ${stored.type}`)
  if (stored.path !== '/v1/batch') failures.push(`${label}: arrived on ${stored.path}, expected /v1/batch`)
  for (const field of ['receivedAt', 'messageId', 'timestamp', 'type']) {
    if (!stored.payload[field]) failures.push(`${label}: stored payload lacks ${field}`)
  }
  if (stored.payload.context?.library?.name !== '@customerio/cdp-analytics-node') {
    failures.push(`${label}: context.library.name is ${JSON.stringify(stored.payload.context?.library?.name)}`)
  }
  failures.push(...missingFields(event, stored.payload).map((p) => `${label}: ${p}`))
}
const ownId = sent.find((s) => s.event?.messageId === `own-id-${run}`)
if (!ownId) failures.push('the call with its own messageId was not sent with it')

if (failures.length) {
  console.error(`send_all_types: ${failures.length} problem(s):\n  ` + failures.join('\n  '))
  process.exit(1)
}
console.log(`send_all_types: ${sent.length} calls of ${new Set(sent.map((s) => s.type)).size} types sent by ` +
            `@customerio/cdp-analytics-node, all accepted with every field the client set`)
