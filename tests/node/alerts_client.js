#!/usr/bin/env node
// A client of Nova Admin's alert endpoint written with Node's `ws` package,
// which no one here wrote: tst_alertserver_node runs it to check the server
// against an independent WebSocket implementation.
//
//   node alerts_client.js URL TOKEN [ALERTS]
//
// Connects with "Authorization: Bearer TOKEN", subscribes to `broadcast`
// once welcomed, prints every frame it receives as one JSON line, and closes
// normally after ALERTS (default 1) alert frames. The last line is
// {"type":"closed","code":…,"reason":…}; the exit status is 0 after a normal
// close, 1 after any other close, 2 for bad usage, 3 for a frame that is not
// JSON and 4 for a connection error.
'use strict';

let WebSocket;
try {
  WebSocket = require('ws');
} catch (error) {
  // Debian's node-ws lives outside Node's default search path.
  WebSocket = require('/usr/share/nodejs/ws');
}

const [url, token, count] = process.argv.slice(2);
if (!url || !token) {
  console.error('usage: node alerts_client.js URL TOKEN [ALERTS]');
  process.exit(2);
}
const wanted = Number(count || 1);

const socket = new WebSocket(url, {
  headers: { Authorization: `Bearer ${token}`, 'User-Agent': 'node-ws alerts_client' },
});
let alerts = 0;

socket.on('message', (data, isBinary) => {
  const text = data.toString('utf8');
  let frame;
  try {
    frame = JSON.parse(text);
  } catch (error) {
    console.error(`not JSON (${isBinary ? 'binary' : 'text'}): ${text}`);
    process.exit(3);
  }
  process.stdout.write(`${JSON.stringify(frame)}\n`);
  if (frame.type === 'welcome') {
    socket.send(JSON.stringify({ type: 'subscribe', channel: 'broadcast' }));
  } else if (frame.type === 'alert' && ++alerts >= wanted) {
    socket.close(1000, 'done');
  }
});

socket.on('close', (code, reason) => {
  process.stdout.write(`${JSON.stringify({ type: 'closed', code, reason: reason.toString() })}\n`);
  process.exit(code === 1000 ? 0 : 1);
});

socket.on('error', (error) => {
  console.error(error.message);
  process.exit(4);
});
