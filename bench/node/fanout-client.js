// Fan-out client for nova-bench-alerts: opens N connections to one alert
// server (Nova Admin's WebSocket endpoint, or the specification's Socket.IO
// stack), waits until every one is subscribed, prints "ready", then counts
// alerts until each connection has `expected` of them and prints one JSON
// line: deliveries, the first and last receive time (ms since the epoch)
// and latency percentiles from each alert's creation time ("time").
//
// node fanout-client.js nova|socketio URL TOKEN CLIENTS EXPECTED
'use strict';

const [mode, url, token, clientsText, expectedText] = process.argv.slice(2);
const clients = Number(clientsText);
const expected = Number(expectedText);
const latencies = [];
let ready = 0;
let finished = 0;
let first = 0;
let last = 0;

function received(createdAt) {
  const now = Date.now();
  if (!first) first = now;
  last = now;
  latencies.push(now - createdAt);
}

function done() {
  finished += 1;
  if (finished < clients) return;
  latencies.sort((a, b) => a - b);
  const pick = (p) => latencies[Math.min(latencies.length - 1, Math.floor(p * latencies.length))];
  console.log(JSON.stringify({ deliveries: latencies.length, first, last, p50: pick(0.5), p99: pick(0.99) }));
  process.exit(0);
}

function connected() {
  ready += 1;
  if (ready === clients) console.log('ready');
}

for (let i = 0; i < clients; i += 1) {
  let count = 0;
  if (mode === 'nova') {
    const WebSocket = require('ws');
    const socket = new WebSocket(url, { headers: { Authorization: `Bearer ${token}` } });
    socket.on('open', () => socket.send(JSON.stringify({ type: 'subscribe', channel: 'broadcast' })));
    socket.on('message', (data) => {
      const frame = JSON.parse(data.toString());
      if (frame.type === 'subscribed') connected();
      if (frame.type !== 'alert') return;
      received(frame.alert.time);
      count += 1;
      if (count === expected) done();
    });
    socket.on('error', (error) => { console.error(String(error)); process.exit(1); });
  } else {
    const { io } = require('socket.io-client');
    const socket = io(url, { transports: ['websocket'], auth: { token } });
    socket.on('connect', connected);
    socket.on('alert', (alert) => {
      received(alert.time);
      count += 1;
      if (count === expected) done();
    });
    socket.on('connect_error', (error) => { console.error(String(error)); process.exit(1); });
  }
}
