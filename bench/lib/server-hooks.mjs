// @ts-check
// Preloaded (`node --import`) into a second, bench-only `next start` by bench/profile-server.mjs:
// times every request the server answers and, within it, every outgoing HTTP call (the Kratos
// SDK's axios goes through http.request), without touching the app's code. A small control
// server on BENCH_HOOKS_PORT hands out the numbers and takes V8 CPU profiles on demand.
import { AsyncLocalStorage } from 'node:async_hooks';
import http from 'node:http';
import { Session } from 'node:inspector/promises';

const als = new AsyncLocalStorage();
let records = [];
let cpuAtReset = process.cpuUsage();
let resetAt = performance.now();

const emit = http.Server.prototype.emit;
http.Server.prototype.emit = function (event, req, res) {
  // @ts-expect-error benchControl marks the hooks' own control server (set below).
  if (event !== 'request' || this.benchControl) return emit.apply(this, arguments);
  const rec = { url: req.url, t0: performance.now(), outbound: 0, calls: 0, firstByte: undefined };
  const { write, writeHead } = res;
  const mark = () => (rec.firstByte ??= performance.now() - rec.t0);
  res.writeHead = function () {
    mark();
    return writeHead.apply(this, arguments);
  };
  res.write = function () {
    mark();
    return write.apply(this, arguments);
  };
  res.once('finish', () => {
    rec.total = performance.now() - rec.t0;
    records.push(rec);
  });
  return als.run(rec, () => emit.apply(this, arguments));
};

// Outgoing calls (axios -> follow-redirects -> http.request), attributed to the request.
const request = http.request;
http.request = function () {
  const rec = als.getStore();
  const t0 = performance.now();
  const req = request.apply(this, arguments);
  if (rec) {
    rec.calls += 1;
    let done = false;
    const end = () => {
      if (done) return;
      done = true;
      rec.outbound += performance.now() - t0;
    };
    req.once('response', (res) => {
      res.once('end', end);
      res.once('close', end);
    });
    req.once('error', end);
  }
  return req;
};

let session;
const control = http.createServer(async (req, res) => {
  const reply = (status, body) =>
    res.writeHead(status, { 'content-type': 'application/json' }).end(JSON.stringify(body));
  try {
    if (req.url === '/reset') {
      records = [];
      cpuAtReset = process.cpuUsage();
      resetAt = performance.now();
      return reply(200, { ok: true });
    }
    if (req.url === '/stats') {
      const cpu = process.cpuUsage(cpuAtReset);
      return reply(200, {
        wallMs: performance.now() - resetAt,
        cpuUserMs: cpu.user / 1000,
        cpuSystemMs: cpu.system / 1000,
        records: records.map(({ url, total, outbound, calls, firstByte }) => ({
          url,
          total,
          outbound,
          calls,
          firstByte,
        })),
      });
    }
    if (req.url === '/profile/start') {
      session = new Session();
      session.connect();
      await session.post('Profiler.enable');
      await session.post('Profiler.setSamplingInterval', { interval: 200 });
      await session.post('Profiler.start');
      return reply(200, { ok: true });
    }
    if (req.url === '/profile/stop') {
      const { profile } = await session.post('Profiler.stop');
      session.disconnect();
      return reply(200, profile);
    }
    reply(404, { error: 'unknown' });
  } catch (err) {
    reply(500, { error: String(err) });
  }
});
// @ts-expect-error a marker of our own on the control server (see the emit hook above).
control.benchControl = true;
control.listen(Number(process.env.BENCH_HOOKS_PORT || 3802), '127.0.0.1');
control.unref();
