#!/usr/bin/env node
// Regenerates samples/: real activities that Microsoft 365 Agents Playground sends to a bot, and the
// connector's answers to the bot's replies. Runs fake-bot.mjs (--samples) behind a Playground, drives
// the UI through personal chat, an Adaptive Card submit, group chat, and a channel @mention, then stops all.
//
//   node capture-samples.mjs [--out samples]
import { spawn } from 'node:child_process';
import fs from 'node:fs';
import net from 'node:net';
import path from 'node:path';
import { createRequire } from 'node:module';
import { fileURLToPath } from 'node:url';
import { chromium } from 'playwright-core';

const here = path.dirname(fileURLToPath(import.meta.url));
const require = createRequire(import.meta.url);
const outIdx = process.argv.indexOf('--out');
const out = path.resolve(outIdx > 0 ? process.argv[outIdx + 1] : path.join(here, 'samples'));
const sleep = (ms) => new Promise((r) => setTimeout(r, ms));
const freePort = () =>
  new Promise((res) => {
    const s = net.createServer().listen(0, () => {
      const p = s.address().port;
      s.close(() => res(p));
    });
  });

async function waitFor(fn, ms, what) {
  const end = Date.now() + ms;
  while (Date.now() < end) {
    if (await fn()) return;
    await sleep(100);
  }
  throw new Error(`timed out: ${what}`);
}

const children = [];
function start(args, env = {}) {
  const c = spawn(process.execPath, args, { cwd: here, env: { ...process.env, ...env }, stdio: ['ignore', 'pipe', 'inherit'] });
  c.text = '';
  c.stdout.on('data', (d) => (c.text += d));
  children.push(c);
  return c;
}

let browser;
try {
  fs.rmSync(out, { recursive: true, force: true });
  const botPort = await freePort();
  const bot = start(['fake-bot.mjs', '--port', String(botPort), '--samples', out]);
  await waitFor(() => bot.text.includes('listening'), 10000, 'fake bot');

  const pgPort = await freePort();
  const tmp = fs.mkdtempSync('/tmp/e2e-capture-');
  const pg = start(
    [
      '-r',
      path.join(here, 'exit-with-parent.cjs'),
      require.resolve('@microsoft/m365agentsplayground/cli.js'),
      '-e',
      `http://127.0.0.1:${botPort}/api/messages`,
      '-c',
      'msteams',
      '-p',
      String(pgPort),
      '--disable-telemetry',
    ],
    { TEAMSAPPTESTER_BROWSER: 'none', M365_AGENTS_PLAYGROUND_LOGFILE: path.join(tmp, 'playground.log') },
  );
  await waitFor(() => /Listening on \d+/.test(pg.text), 30000, 'playground');
  const port = Number(pg.text.match(/Listening on (\d+)/)[1]);

  browser = await chromium.launch({
    executablePath: '/usr/bin/chromium',
    headless: true,
    args: ['--headless', '--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run', '--disable-background-networking', '--disable-component-update', '--disable-sync'],
  });
  const ctx = await browser.newContext({ viewport: { width: 1280, height: 1000 } });
  await ctx.route((u) => !['localhost', '127.0.0.1'].includes(u.hostname), (r) => r.abort());
  const page = await ctx.newPage();
  page.setDefaultTimeout(20000);
  await page.goto(`http://localhost:${port}/`, { waitUntil: 'domcontentloaded' });
  const replies = () => (bot.text.match(/"replied"/g) || []).length;
  const expectReply = async (n, what) => waitFor(() => replies() >= n, 15000, what);

  // Personal chat: plain message, then a card whose Action.Submit is clicked.
  await page.getByRole('treeitem', { name: 'Personal Chat', exact: true }).click();
  let n = replies();
  await page.getByRole('textbox').first().click();
  await page.keyboard.type('hello from personal chat');
  await page.keyboard.press('Enter');
  await expectReply(n + 1, 'personal reply');
  n = replies();
  await page.getByRole('textbox').first().click();
  await page.keyboard.type('card please');
  await page.keyboard.press('Enter');
  await expectReply(n + 1, 'personal card reply');
  await page.getByRole('button', { name: 'Submit me' }).last().click();
  await expectReply(n + 2, 'reply to personal card submit');

  // Group chat: only an @mention reaches the bot.
  await page.getByRole('treeitem', { name: 'Group Chat', exact: true }).click();
  await sleep(1000);
  n = replies();
  await page.getByRole('textbox').first().click();
  await page.keyboard.type('@');
  await page.getByRole('menuitem').filter({ hasText: /^\s*Test Bot\s*$/ }).first().click();
  await page.keyboard.type(' hello from group chat');
  await page.keyboard.press('Enter');
  await expectReply(n + 1, 'group chat reply');

  // Channel "General": a new post with an @mention, then a card submit inside the thread.
  await page.getByRole('treeitem', { name: /General$/ }).first().click();
  await sleep(1000);
  const postButton = page.getByRole('button', { name: 'Post', exact: true });
  const card = page.getByRole('group').filter({ has: postButton });
  n = replies();
  await card.getByRole('textbox').click();
  await page.keyboard.type('@');
  await page.getByRole('menuitem').filter({ hasText: /^\s*Test Bot\s*$/ }).first().click();
  await page.keyboard.type(' card from the channel');
  await postButton.click();
  await expectReply(n + 1, 'channel reply');
  n = replies();
  await page.getByRole('button', { name: 'Submit me' }).last().click();
  await expectReply(n + 1, 'reply to channel card submit');
  await sleep(500);
  await page.screenshot({ path: path.join(tmp, 'capture-final.png') });
  console.log(`samples written to ${out}; screenshot ${path.join(tmp, 'capture-final.png')}`);
  console.log(fs.readdirSync(out).join('\n'));
} catch (e) {
  console.error(e);
  process.exitCode = 1;
} finally {
  if (browser) await browser.close().catch(() => {});
  for (const c of children) c.kill('SIGTERM');
}
