// Interop: the official browser library (@customerio/cdp-analytics-browser) in a real page, in
// headless Chromium (Debian's; nothing downloads a browser), against the sandbox, changed in nothing
// but its host (cdnURL). The page is served by this script on another port, so every request is
// cross-origin and needs the sandbox's CORS answers; it makes every call type, once sent one by one
// and once batched, then a preflighted call and a refused one of its own. The sandbox's record
// (/_sandbox/events) must show each library call accepted, once, with every field the library set.
// Over https (with_tls_sandbox.sh) the library's metrics must reach /v1/m too.
//
// Run by with_sandbox.sh, which sets SANDBOX_ROOT and SANDBOX_KEY. CHROMIUM overrides
// /usr/bin/chromium. Exits non-zero with the reasons on any difference; never waits past
// overallTimeoutMs, and always ends Chromium.
import { createRequire } from 'node:module'
import { existsSync } from 'node:fs'
import { readFile, mkdtemp, rm } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import path from 'node:path'
import http from 'node:http'
import puppeteer from 'puppeteer-core'

const root = process.env.SANDBOX_ROOT
const writeKey = process.env.SANDBOX_KEY
const chromium = process.env.CHROMIUM || '/usr/bin/chromium'
if (!root || !writeKey) {
  console.error('browser_all_types: SANDBOX_ROOT and SANDBOX_KEY must be set (run through with_sandbox.sh)')
  process.exit(2)
}
if (!existsSync(chromium)) {
  console.error(`browser_all_types: no Chromium at ${chromium}: scripts/install-deps.sh installs Debian's chromium`)
  process.exit(1)
}
const secure = root.startsWith('https:')
const overallTimeoutMs = 100000 // within ctest's 120 s
const stepTimeoutMs = 20000
// Chromium's first start on a fresh machine (font caches, the accessibility bus activated on D-Bus)
// took over 20 s under a loaded CI run, and failed both browser tests before any call was made.
const launchTimeoutMs = 60000

const require = createRequire(import.meta.url)
const libraryDir = path.dirname(require.resolve('@customerio/cdp-analytics-browser/package.json'))
const libraryVersion = JSON.parse(await readFile(path.join(libraryDir, 'package.json'), 'utf8')).version
const bundle = await readFile(path.join(libraryDir, 'dist/umd/index.js'))
const pageTemplate = await readFile(new URL('./browser_page.html', import.meta.url), 'utf8')

const failures = []
let browser
let pageServer
let profileDir

async function cleanUp () {
  if (browser) {
    const child = browser.process()
    await Promise.race([browser.close().catch(() => {}), new Promise((resolve) => setTimeout(resolve, 3000))])
    if (child && child.exitCode === null && child.signalCode === null) child.kill('SIGKILL')
    browser = undefined
  }
  if (pageServer) pageServer.close()
  if (profileDir) await rm(profileDir, { recursive: true, force: true }).catch(() => {})
}

const overall = setTimeout(async () => {
  console.error(`browser_all_types: gave up after ${overallTimeoutMs / 1000} s; problems so far:\n  ` +
                (failures.join('\n  ').replaceAll(writeKey, '<key>') || 'none'))
  await cleanUp()
  process.exit(1)
}, overallTimeoutMs)

async function withTimeout (promise, what, ms = stepTimeoutMs) {
  let timer
  const timeout = new Promise((resolve, reject) => {
    timer = setTimeout(() => reject(new Error(`${what}: no result within ${ms / 1000} s`)), ms)
  })
  try { return await Promise.race([promise, timeout]) } finally { clearTimeout(timer) }
}

// The page's own origin: the page, with its configuration, and the library's UMD bundle.
function servePage (configs) {
  return new Promise((resolve, reject) => {
    const server = http.createServer((request, response) => {
      const url = new URL(request.url, 'http://page')
      if (url.pathname === '/analytics.js') {
        response.writeHead(200, { 'Content-Type': 'text/javascript' }).end(bundle)
      } else if (url.pathname === '/' && configs.has(url.searchParams.get('mode'))) {
        // In a script element as JSON: "<" escaped, so no value can close the element.
        const config = JSON.stringify(configs.get(url.searchParams.get('mode'))).replace(/</g, '\\u003c')
        response.writeHead(200, { 'Content-Type': 'text/html; charset=utf-8' }).end(pageTemplate.replace('__CONFIG__', config))
      } else if (url.pathname === '/favicon.ico') {
        response.writeHead(204).end()
      } else {
        response.writeHead(404).end()
      }
    })
    server.on('error', reject)
    server.listen(0, '127.0.0.1', () => resolve(server))
  })
}

async function getJson (target) {
  const answer = await fetch(`${root}${target}`)
  if (!answer.ok) throw new Error(`GET ${target}: ${answer.status}`)
  return answer.json()
}

// Every field the library set must be in the stored payload with the same value.
function missingFields (expected, actual, pointer = '') {
  if (expected !== null && typeof expected === 'object' && !Array.isArray(expected)) {
    if (actual === null || typeof actual !== 'object') return [`${pointer || '/'}: expected an object, stored ${JSON.stringify(actual)}`]
    return Object.entries(expected).flatMap(([key, value]) => missingFields(value, actual[key], `${pointer}/${key}`))
  }
  return JSON.stringify(expected) === JSON.stringify(actual)
    ? []
    : [`${pointer}: the library set ${JSON.stringify(expected)}, stored ${JSON.stringify(actual)}`]
}

async function runPage (mode, pageOrigin) {
  const context = await browser.createBrowserContext() // its own storage: a fresh visitor
  const page = await context.newPage()
  const problems = []
  const foreign = new Set()
  page.on('console', (message) => {
    if (!['error', 'warn', 'warning'].includes(message.type())) return
    // The page's own refused call (/v1/track, strict) is meant to be a 400; its answer is checked.
    if (message.text().startsWith('Failed to load resource') && message.location()?.url === `${root}/v1/track`) return
    problems.push(`console ${message.type()}: ${message.text()}`)
  })
  page.on('pageerror', (error) => problems.push(`page error: ${error.message}`))
  page.on('requestfailed', (request) => problems.push(`request failed: ${request.method()} ${request.url()}: ${request.failure()?.errorText}`))
  const contentTypes = new Map() // library path -> the Content-Types it was sent with
  page.on('request', (request) => {
    const url = new URL(request.url())
    if (url.origin !== pageOrigin && url.origin !== root) foreign.add(request.url())
    if (url.origin === root && /^\/v1\/[tipsgab]$/.test(url.pathname)) {
      contentTypes.set(url.pathname, new Set([...(contentTypes.get(url.pathname) ?? []), request.headers()['content-type']]))
    }
  })
  const requests = []
  page.on('response', (response) => {
    const url = new URL(response.url())
    if (url.origin === root) requests.push(`${response.request().method()} ${url.pathname} ${response.status()}`)
  })
  await withTimeout(page.goto(`${pageOrigin}/?mode=${mode}`, { waitUntil: 'load' }), `${mode}: loading the page`)
  await page.waitForFunction(() => window.sandboxTest && window.sandboxTest.done, { timeout: stepTimeoutMs })
    .catch(() => problems.push(`the page's calls did not finish within ${stepTimeoutMs / 1000} s; the sandbox ` +
                               `answered: ${requests.join(', ') || 'nothing'}`))
  const result = await page.evaluate(() => window.sandboxTest)
  return { page, context, result, problems, foreign, requests, contentTypes }
}

async function main () {
  const run = `${process.pid}-${Date.now()}`
  const batchOptions = { integrations: { 'Customer.io Data Pipelines': { deliveryStrategy: { strategy: 'batching', config: { size: 6, timeout: 200 } } } } }
  const configs = new Map([
    ['standard', { root, writeKey, run: `${run}-s`, options: {}, metrics: secure }],
    ['batching', { root, writeKey, run: `${run}-b`, options: batchOptions, metrics: false }],
  ])
  pageServer = await servePage(configs)
  const pageOrigin = `http://127.0.0.1:${pageServer.address().port}`

  profileDir = await mkdtemp(path.join(tmpdir(), 'ewb-chromium-'))
  browser = await withTimeout(puppeteer.launch({
    executablePath: chromium,
    headless: true,
    pipe: true, // Chromium ends when this process does, however it ends
    userDataDir: profileDir,
    acceptInsecureCerts: secure, // the https sandbox's certificate is a throwaway one
    args: ['--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run', '--disable-background-networking',
      '--disable-component-update', '--disable-sync'],
  }), 'starting Chromium', launchTimeoutMs)

  const pages = []
  for (const mode of configs.keys()) pages.push({ mode, ...await runPage(mode, pageOrigin) })

  const expectedPath = { identify: '/v1/i', track: '/v1/t', page: '/v1/p', screen: '/v1/s', group: '/v1/g', alias: '/v1/a' }
  const wanted = []
  for (const { mode, result, problems, foreign, requests, contentTypes } of pages) {
    failures.push(...problems.map((p) => `${mode}: ${p}`))
    // A "simple" request: no preflight for the library's own calls, as with the real API.
    for (const [pathname, types] of contentTypes) {
      if (types.size !== 1 || !types.has('text/plain')) failures.push(`${mode}: ${pathname} was sent as ${[...types].join(', ')}`)
    }
    for (const url of foreign) failures.push(`${mode}: the page asked something besides the sandbox and itself: ${url}`)
    if (!result?.done) continue
    if (result.error) { failures.push(`${mode}: the page failed: ${result.error}`); continue }
    if (!requests.some((r) => r.startsWith(`GET /v1/projects/${writeKey}/settings 200`))) {
      failures.push(`${mode}: the library did not fetch its settings from the sandbox; it asked: ${requests.join(', ')}`)
    }
    if (result.preflighted.status !== 200 || result.preflighted.accepted !== '1') {
      failures.push(`${mode}: the page's own JSON call with Authorization was answered ${JSON.stringify(result.preflighted)}`)
    }
    if (result.refused.status !== 400 || !result.refused.body?.meta?.errors?.length ||
        !result.refused.reasons?.includes('track.event.missing')) {
      failures.push(`${mode}: the page could not read the strict refusal: ${JSON.stringify(result.refused)}`)
    }
    for (const { type, event } of result.sent) wanted.push({ mode, type, event, path: mode === 'batching' ? '/v1/b' : expectedPath[type] })
    wanted.push({ mode, type: 'track', event: { messageId: `preflighted-${configs.get(mode).run}`, event: 'Preflighted' }, path: '/v1/track', own: true })
  }

  // The library answers its callers before its requests are answered: wait for the record.
  const byMessageId = new Map()
  const pollUntil = Date.now() + stepTimeoutMs
  let seen = 0
  while (Date.now() < pollUntil) {
    const { events } = await getJson('/_sandbox/events?since=0&limit=10000')
    byMessageId.clear()
    for (const e of events) byMessageId.set(e.messageId, [...(byMessageId.get(e.messageId) ?? []), e])
    seen = events.length
    if (wanted.every((w) => byMessageId.has(w.event.messageId))) break
    await new Promise((resolve) => setTimeout(resolve, 100))
  }
  // A second look after the library had time to retry: a call it could not read the answer to
  // (CORS) it sends again.
  await new Promise((resolve) => setTimeout(resolve, 300))
  for (const e of (await getJson('/_sandbox/events?since=0&limit=10000')).events) {
    if (!(byMessageId.get(e.messageId) ?? []).some((known) => known.id === e.id)) {
      byMessageId.set(e.messageId, [...(byMessageId.get(e.messageId) ?? []), e])
    }
  }

  for (const { mode, type, event, path: expected, own } of wanted) {
    const label = `${mode} ${type} ${event.event ?? event.name ?? ''} (${event.messageId})`
    const stored = byMessageId.get(event.messageId) ?? []
    if (stored.length === 0) { failures.push(`${label}: not recorded by the sandbox (it recorded ${seen} events)`); continue }
    if (stored.length > 1) failures.push(`${label}: recorded ${stored.length} times (the library retried: it could not read an answer)`)
    const [first] = stored
    if (!first.accepted) { failures.push(`${label}: dropped: ${first.reason}: ${first.message}`); continue }
    if (first.type !== type) failures.push(`${label}: recorded as ${first.type}`)
    if (first.path !== expected) failures.push(`${label}: arrived on ${first.path}, expected ${expected}`)
    if (own) continue
    const payload = first.payload
    if ('writeKey' in payload) failures.push(`${label}: the stored payload keeps the writeKey`)
    const library = payload.context?.library
    if (library?.name !== 'analytics.js' || library?.version !== `next-${libraryVersion}`) {
      failures.push(`${label}: context.library is ${JSON.stringify(library)}, expected analytics.js next-${libraryVersion}`)
    }
    for (const field of ['receivedAt', 'messageId', 'timestamp', 'sentAt', 'anonymousId']) {
      if (!payload[field]) failures.push(`${label}: the stored payload lacks ${field}`)
    }
    if (!payload.context?.userAgent?.includes('Chrome')) failures.push(`${label}: context.userAgent is ${JSON.stringify(payload.context?.userAgent)}`)
    // Every call but screen carries the page it was made on (the library's page enrichment).
    if (type !== 'screen' && payload.context?.page?.url !== `${pageOrigin}/?mode=${mode}`) failures.push(`${label}: context.page.url is ${JSON.stringify(payload.context?.page?.url)}`)
    failures.push(...missingFields(event, payload).map((p) => `${label}: ${p}`))
  }
  const types = new Set(wanted.filter((w) => !w.own).map((w) => w.type))
  for (const type of Object.keys(expectedPath)) {
    if (!types.has(type)) failures.push(`no ${type} call was made`)
  }

  let metricsNote = 'metrics off over http (the library sends them over https only)'
  if (secure) {
    let metrics
    const metricsUntil = Date.now() + stepTimeoutMs
    while (Date.now() < metricsUntil) {
      metrics = (await getJson('/_sandbox/stats')).metrics
      if (metrics?.series >= 1) break
      await new Promise((resolve) => setTimeout(resolve, 100))
    }
    if (!(metrics?.series >= 1)) failures.push(`the library's metrics did not reach /v1/m: stats say ${JSON.stringify(metrics)}`)
    metricsNote = `${metrics?.series} metric series received on /v1/m`
  }
  return `${wanted.filter((w) => !w.own).length} library calls of ${types.size} types (one by one, then batched) ` +
         `from a page on ${pageOrigin} in Chromium, all accepted once with every field the library set; ${metricsNote}`
}

let summary
try {
  summary = await main()
} catch (error) {
  failures.push(`stopped: ${error?.stack ?? error}`)
}
clearTimeout(overall)
await cleanUp()
if (failures.length) {
  // A console message or a URL may quote the key: never print it.
  console.error(`browser_all_types: ${failures.length} problem(s):\n  ` + failures.join('\n  ').replaceAll(writeKey, '<key>'))
  process.exit(1)
}
console.log(`browser_all_types: ${summary}`)
