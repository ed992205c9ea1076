// The other ceiling for bench_sandbox.sh: a minimal Node http server that reads each body and
// answers {}. Prints its URL, then serves until killed.
import http from 'node:http'

const server = http.createServer((req, res) => {
  req.resume()
  req.on('end', () => {
    res.writeHead(200, { 'Content-Type': 'application/json' })
    res.end('{}')
  })
})
server.keepAliveTimeout = 15000
server.listen(0, '127.0.0.1', () => console.log(`http://127.0.0.1:${server.address().port}`))
