#!/usr/bin/env node
// Self-test of playground-e2e.mjs against fake-bot.mjs: both modes, plain text, an Adaptive Card,
// a typing indicator before the answer, two messages in a row, and a bot that never answers. The fake
// bot posts a welcome message on conversationUpdate, which must never be taken for the answer.
//
//   node self-test.mjs [--rounds 1]
// Prints one line per case and a closing "N passed, N failed" line; exit code 1 if any failed.
import { spawn } from 'node:child_process';
import fs from 'node:fs';
import net from 'node:net';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const here = path.dirname(fileURLToPath(import.meta.url));
const rIdx = process.argv.indexOf('--rounds');
const rounds = rIdx > 0 ? Number(process.argv[rIdx + 1]) : 1;

const freePort = () =>
  new Promise((res) => {
    const s = net.createServer().listen(0, '127.0.0.1', () => {
      const p = s.address().port;
      s.close(() => res(p));
    });
  });

function run(args) {
  return new Promise((resolve) => {
    const c = spawn(process.execPath, [path.join(here, 'playground-e2e.mjs'), ...args], { stdio: ['ignore', 'pipe', 'inherit'] });
    let out = '';
    c.stdout.on('data', (d) => (out += d));
    c.on('exit', (code) => {
      const lines = out.trim().split('\n');
      let json = null;
      try {
        json = JSON.parse(lines[lines.length - 1]);
      } catch {}
      resolve({ code, json, lines: lines.length });
    });
  });
}

const cases = [
  { q: 'What does the report recommend on 5G?', check: (r) => r.reply === 'echo: What does the report recommend on 5G?' },
  {
    q: 'show me a card',
    check: (r) => r.replies.length === 2 && r.replies[0] === 'echo: show me a card' && /Card title[\s\S]*Card body for: show me a card[\s\S]*Submit me/.test(r.replies[1]),
  },
  { q: 'typing first', check: (r) => r.reply === 'echo: typing first' },
  { q: 'multi answer', check: (r) => r.replies.join('|') === 'echo: multi answer|second: multi answer' },
  { q: 'silent bot', timeout: 20000, expectFail: true, check: (r) => /timed out/.test(r.error) && !!r.screenshot },
];

const botPort = await freePort();
const bot = spawn(process.execPath, [path.join(here, 'fake-bot.mjs'), '--port', String(botPort), '--welcome'], { stdio: ['ignore', 'ignore', 'inherit'] });
await new Promise((r) => setTimeout(r, 500));
let passed = 0;
let failed = 0;
try {
  for (let round = 1; round <= rounds; round++) {
    for (const mode of ['personal', 'channel']) {
      for (const c of cases) {
        const args = ['--bot', `http://127.0.0.1:${botPort}/api/messages`, '--question', c.q, '--mode', mode];
        if (c.timeout) args.push('--timeout', String(c.timeout));
        const { code, json, lines } = await run(args);
        const ok =
          lines === 1 &&
          json &&
          json.mode === mode &&
          (c.expectFail ? code === 1 && json.ok === false : code === 0 && json.ok === true) &&
          c.check(json);
        if (ok) passed++;
        else failed++;
        // An expected failure keeps its artifacts (screenshot, logs); remove that run's folder.
        if (ok && c.expectFail && json.artifacts && path.basename(json.artifacts).startsWith('e2e-playground-'))
          fs.rmSync(json.artifacts, { recursive: true, force: true });
        const detail = json ? (json.ok ? `reply=${JSON.stringify(json.reply).slice(0, 80)} in ${json.elapsedMs}ms` : `error=${json.error}`) : 'no JSON';
        console.log(`${ok ? 'PASS' : 'FAIL'} round ${round} ${mode.padEnd(8)} ${JSON.stringify(c.q).padEnd(42)} exit=${code} ${detail}`);
      }
    }
  }
} finally {
  bot.kill('SIGTERM');
}
console.log(`${passed} passed, ${failed} failed`);
process.exit(failed ? 1 : 0);
