// The specification's stack for nova-bench-alerts: a Socket.IO server that
// broadcasts alert objects. It prints its port, then obeys lines on stdin:
//   burst N      emit N alerts at once
//   rate R N     emit N alerts at R per second
// and prints "sent" when the command is done.
'use strict';

const http = require('http');
const { Server } = require('socket.io');
const readline = require('readline');

const server = http.createServer();
const io = new Server(server, { maxHttpBufferSize: 1e6, transports: ['websocket'] });
let seq = 0;

function alert() {
  seq += 1;
  return {
    seq, time: Date.now(), severity: 'high', type: 'brute_force', channel: 'broadcast',
    message_en: 'Brute force from 203.0.113.9: 5 failed logins within 15 min',
    message_ar: 'هجوم تخمين كلمات المرور من 203.0.113.9: 5 محاولات دخول فاشلة خلال 15 دقيقة',
    ip: '203.0.113.9', username: 'omar',
  };
}

readline.createInterface({ input: process.stdin }).on('line', (line) => {
  const [command, a, b] = line.trim().split(/\s+/);
  if (command === 'burst') {
    for (let i = 0; i < Number(a); i += 1) io.emit('alert', alert());
    console.log('sent');
  } else if (command === 'rate') {
    const total = Number(b);
    let sent = 0;
    const timer = setInterval(() => {
      io.emit('alert', alert());
      sent += 1;
      if (sent === total) { clearInterval(timer); console.log('sent'); }
    }, 1000 / Number(a));
  }
});

server.listen(0, '127.0.0.1', () => console.log(server.address().port));
