#!/usr/bin/env node
// End-to-end driver: asks a Bot Framework bot one question through Microsoft 365 Agents Playground
// (the local Teams client from npm @microsoft/m365agentsplayground) in headless Debian Chromium, and
// reports the bot's reply exactly as the Playground renders it.
//
// Usage:
//   node playground-e2e.mjs --bot http://127.0.0.1:PORT/api/messages --question "..."
//        [--mode personal|channel] [--timeout 60000] [--settle 1500] [--quiet 1000] [--bot-name "Test Bot"]
//        [--port N] [--config FILE] [--artifacts DIR] [--screenshot FILE] [--keep] [--verbose]
//
//   --mode personal  type the question in "Personal Chat" and press Enter (default).
//   --mode channel   open channel "General" of "My Team", start a new post with an @mention of the bot
//                    (type "@", pick the bot from the menu), type the question, click "Post".
//   --timeout        whole-run budget in ms (Playground start + browser + waiting for the reply). Default 60000.
//   --settle         the reply counts as complete once it has not changed for this many ms (and no typing
//                    indicator is shown). Default 1500. Raise it for bots that pause between messages.
//   --quiet          before asking, wait until no new message has appeared for this many ms (lets a welcome
//                    message sent on conversationUpdate land first, so it is not taken for the answer).
//                    Default 1000.
//   --bot-name       the bot's display name in the Playground (default "Test Bot"; change only if a
//                    Playground config file renames it).
//   --port           Playground port (default: a free port chosen by the driver).
//   --config         a .m365agentsplayground.yml for the Playground (default: its built-in config).
//   --artifacts      folder for the Playground log and screenshots (default: a new /tmp/e2e-playground-*;
//                    removed after a successful run unless --keep).
//   --screenshot     also save a screenshot of the final page here (success or failure).
//
// Output: exactly ONE line of JSON on stdout, e.g.
//   {"ok":true,"mode":"personal","question":"...","reply":"echo: ...","replies":["echo: ..."],...}
//   {"ok":false,"mode":"channel","error":"...","screenshot":"/tmp/e2e-playground-x/failure.png",...}
// "reply" is the visible text of all bot messages shown after the question (joined by a blank line),
// "replies" has one entry per bot message (e.g. text and an Adaptive Card arrive as two messages).
// Exit code: 0 ok, 1 failure, 2 bad usage. Diagnostics go to stderr (only with --verbose).
// Both the Playground process and the browser are always shut down before exit.
import { spawn } from 'node:child_process';
import fs from 'node:fs';
import net from 'node:net';
import os from 'node:os';
import path from 'node:path';
import { createRequire } from 'node:module';
import { fileURLToPath } from 'node:url';
import { chromium } from 'playwright-core';

const require = createRequire(import.meta.url);
const PLAYGROUND_CLI = require.resolve('@microsoft/m365agentsplayground/cli.js');
const EXIT_WITH_PARENT = fileURLToPath(new URL('./exit-with-parent.cjs', import.meta.url));
const CHROMIUM = process.env.CHROMIUM_PATH || '/usr/bin/chromium';
const CHROMIUM_ARGS = [
  '--headless',
  '--no-sandbox',
  '--disable-gpu',
  '--disable-quic',
  '--no-first-run',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
];
// Every rendered message (user or bot, personal chat or channel thread) has exactly one of these
// "..." buttons in its header; the typing indicator, the compose boxes and the side bar have none.
const MORE_BUTTON = 'button[aria-label="Show more information"]';

// ---------------------------------------------------------------------------------------------
// Arguments
// ---------------------------------------------------------------------------------------------
function parseArgs(argv) {
  const opts = {
    mode: 'personal',
    timeout: 60000,
    settle: 1500,
    quiet: 1000,
    botName: 'Test Bot',
    keep: false,
    verbose: false,
  };
  const valueFlags = {
    '--bot': 'bot',
    '--question': 'question',
    '--mode': 'mode',
    '--timeout': 'timeout',
    '--settle': 'settle',
    '--quiet': 'quiet',
    '--bot-name': 'botName',
    '--port': 'port',
    '--config': 'config',
    '--artifacts': 'artifacts',
    '--screenshot': 'screenshot',
  };
  for (let i = 0; i < argv.length; i++) {
    const a = argv[i];
    if (a === '--keep') opts.keep = true;
    else if (a === '--verbose') opts.verbose = true;
    else if (a === '--help' || a === '-h') opts.help = true;
    else if (valueFlags[a]) {
      if (i + 1 >= argv.length) throw new UsageError(`${a} needs a value`);
      opts[valueFlags[a]] = argv[++i];
    } else throw new UsageError(`unknown argument: ${a}`);
  }
  if (opts.help) return opts;
  if (!opts.bot) throw new UsageError('--bot is required (e.g. http://127.0.0.1:3978/api/messages)');
  if (!opts.question || !opts.question.trim()) throw new UsageError('--question is required');
  if (!['personal', 'channel'].includes(opts.mode)) throw new UsageError('--mode must be personal or channel');
  for (const k of ['timeout', 'settle', 'quiet', 'port']) {
    if (opts[k] === undefined) continue;
    const n = Number(opts[k]);
    if (!Number.isInteger(n) || n < 0) throw new UsageError(`--${k} must be a non-negative integer`);
    opts[k] = n;
  }
  try {
    const u = new URL(opts.bot);
    if (!/^https?:$/.test(u.protocol)) throw new Error();
  } catch {
    throw new UsageError(`--bot is not an http(s) URL: ${opts.bot}`);
  }
  // The compose boxes send on Enter, so a question is always one line.
  opts.question = opts.question.replace(/\s+/g, ' ').trim();
  return opts;
}

class UsageError extends Error {}

const USAGE =
  'usage: node playground-e2e.mjs --bot http://127.0.0.1:PORT/api/messages --question "..." ' +
  '[--mode personal|channel] [--timeout 60000] [--settle 1500] [--quiet 1000] [--bot-name "Test Bot"] [--port N] ' +
  '[--config FILE] [--artifacts DIR] [--screenshot FILE] [--keep] [--verbose]';

// ---------------------------------------------------------------------------------------------
// Small helpers
// ---------------------------------------------------------------------------------------------
const sleep = (ms) => new Promise((r) => setTimeout(r, ms));
let verbose = false;
const t0 = Date.now();
function debug(...a) {
  if (verbose) process.stderr.write(`[e2e +${Date.now() - t0}ms] ${a.join(' ')}\n`);
}

function freePort() {
  return new Promise((resolve, reject) => {
    const s = net.createServer();
    s.unref();
    s.on('error', reject);
    // No host: the Playground listens on all interfaces, so check the same.
    s.listen(0, () => {
      const { port } = s.address();
      s.close(() => resolve(port));
    });
  });
}

function tcpReachable(host, port, ms) {
  return new Promise((resolve) => {
    const sock = net.connect({ host, port });
    const done = (ok) => {
      sock.destroy();
      resolve(ok);
    };
    sock.setTimeout(ms, () => done(false));
    sock.once('connect', () => done(true));
    sock.once('error', () => done(false));
  });
}

// ---------------------------------------------------------------------------------------------
// Playground process
// ---------------------------------------------------------------------------------------------
async function startPlayground(opts, artifacts, deadline) {
  const port = opts.port ?? (await freePort());
  const logFile = path.join(artifacts, 'playground-stdout.log');
  const out = fs.openSync(logFile, 'a');
  const env = {
    ...process.env,
    TEAMSAPPTESTER_BROWSER: 'none', // do not try to open a desktop browser
    M365_AGENTS_PLAYGROUND_LOGFILE: path.join(artifacts, 'playground.log'), // default is ./devTools/...
  };
  if (opts.config) env.M365_AGENTS_PLAYGROUND_CONFIG_PATH = path.resolve(opts.config);
  const args = [
    '-r',
    EXIT_WITH_PARENT,
    PLAYGROUND_CLI,
    '-e',
    opts.bot,
    '-c',
    'msteams',
    '-p',
    String(port),
    '--disable-telemetry',
  ];
  debug('starting playground:', process.execPath, args.join(' '));
  // Spawn node directly (no shell, no npx) so the pid is the Playground itself; it has no children.
  // cwd = artifacts folder, so it never picks up a stray .m365agentsplayground.yml or writes devTools/ here.
  const child = spawn(process.execPath, args, { cwd: artifacts, env, stdio: ['ignore', 'pipe', 'pipe'] });
  const pg = { child, port, logFile, exited: null, output: '' };
  const onData = (d) => {
    fs.writeSync(out, d);
    pg.output += d.toString();
    if (pg.output.length > 20000) pg.output = pg.output.slice(-20000);
  };
  child.stdout.on('data', onData);
  child.stderr.on('data', onData);
  child.on('exit', (code, signal) => {
    pg.exited = { code, signal };
    try {
      fs.closeSync(out);
    } catch {}
  });

  // "Listening on N" is printed once the HTTP server is up. The Playground silently falls back to a
  // random port if N is taken, so the printed number is the one to trust.
  while (Date.now() < deadline) {
    if (pg.exited) throw new Error(`Playground exited during start-up (${JSON.stringify(pg.exited)}): ${pg.output.trim().slice(-500)}`);
    const m = pg.output.match(/Listening on (\d+)/);
    if (m) {
      pg.port = Number(m[1]);
      try {
        const res = await fetch(`http://127.0.0.1:${pg.port}/_debug/ping`);
        if (res.ok) return pg;
      } catch {}
    }
    await sleep(100);
  }
  throw new Error(`Playground did not start in time: ${pg.output.trim().slice(-500)}`);
}

async function stopPlayground(pg) {
  if (!pg || pg.exited) return;
  const exited = new Promise((r) => pg.child.once('exit', r));
  try {
    pg.child.kill('SIGTERM');
  } catch {}
  const ok = await Promise.race([exited.then(() => true), sleep(3000).then(() => false)]);
  if (!ok && !pg.exited) {
    try {
      pg.child.kill('SIGKILL');
    } catch {}
    await Promise.race([exited, sleep(2000)]);
  }
}

// ---------------------------------------------------------------------------------------------
// In-page inspection. Runs inside the Playground page; must be self-contained.
// ---------------------------------------------------------------------------------------------
// Finds the question as the UI shows it, then every bot message rendered after it.
// Returns { questionFound, replies: [{text, busy}], typing, messageCount }.
// With markOnly, it just tags every element that already shows the question text (call it before
// sending), so that only the message that appears after sending can count as the question.
function inspectPage({ question, botName, moreSel, markOnly, channel }) {
  const norm = (s) => (s || '').replace(/\s+/g, ' ').trim();
  const q = norm(question);
  const excluded = (el) =>
    el.closest('[contenteditable="true"], [role="tree"], [role="menu"], [role="toolbar"], [role="listbox"], [data-e2e-pre]') ||
    // a compose box's placeholder ("Start a new post", "Type a message...") sits beside its editor
    (el.parentElement && el.parentElement.querySelector(':scope > [contenteditable="true"]'));

  // 1. Chat pane = nearest common ancestor of the compose box and the rendered question. This keeps
  //    the side bar (whose preview repeats the last message) and the log panel (which logs every
  //    message text) out of the search.
  const compose =
    (window.__e2eCompose && window.__e2eCompose.isConnected && window.__e2eCompose) ||
    document.querySelector('[contenteditable="true"][role="textbox"]');
  const all = [...document.querySelectorAll('body *')].filter((el) => !excluded(el));
  // Personal chat renders the user's text as Markdown/HTML ("*5G*" shows as an italic "5G"), channels
  // show it as typed. So match the exact text first, else a loose form without tags and */_/~/` marks.
  const loose = (t) => norm(t.replace(/[*_~`]/g, ''));
  const deepest = (has) => all.filter((el) => has(el.textContent) && ![...el.children].some((c) => has(c.textContent)));
  const qLoose = loose(q.replace(/<[^>]*>/g, ''));
  const exactMatches = deepest((t) => norm(t).includes(q));
  const matches = exactMatches.length ? exactMatches : qLoose ? deepest((t) => loose(t).includes(qLoose)) : [];
  if (markOnly) {
    [...exactMatches, ...deepest((t) => loose(t).includes(qLoose))].forEach((m) => m.setAttribute('data-e2e-pre', ''));
    // Messages already on screen (a welcome message, say) can never be the answer.
    document.querySelectorAll(moreSel).forEach((b) => b.setAttribute('data-e2e-pre-msg', ''));
    return { marked: matches.length };
  }
  let pane = null;
  let questionEl = null;
  if (compose) {
    for (let a = compose.parentElement; a; a = a.parentElement) {
      const inside = matches.filter((m) => a.contains(m));
      if (inside.length) {
        pane = a;
        questionEl = inside[0]; // first in document order = the user's message, not the bot's echo
        break;
      }
    }
  }
  let scope = pane || document.body;
  // In a channel the answer belongs in the question's thread: the post card (role=group) holding it.
  // (New posts are listed newest first, so an older post, e.g. a welcome, sits *below* the question.)
  const thread = channel && questionEl && questionEl.closest('[role="group"]');
  if (thread && scope.contains(thread)) scope = thread;

  // 2. Message blocks: each "..." button's block is its largest ancestor (inside the pane) that holds
  //    no other "..." button — i.e. exactly one rendered message
  const buttons = [...scope.querySelectorAll(moreSel)].filter((b) => !excluded(b) && !b.hasAttribute('data-e2e-pre-msg'));
  const blocks = buttons.map((b) => {
    let el = b;
    for (let p = el.parentElement; p && p !== scope; p = p.parentElement) {
      // ... and no compose box: a thread's only reply must not swallow the thread's reply box.
      if (p.querySelectorAll(moreSel).length !== 1 || p.querySelector('[contenteditable="true"], [role="textbox"]')) break;
      el = p;
    }
    return { el, button: b };
  });

  // 3. A bot message shows the bot's avatar (role=img, aria-label=<bot name>) — the same accessible
  //    name the Playground gives it in personal chat and in channel threads.
  const avatarSel = `[role="img"][aria-label="${CSS.escape(botName)}"]`;
  const after = (el) =>
    !questionEl || (!el.contains(questionEl) && questionEl.compareDocumentPosition(el) & Node.DOCUMENT_POSITION_FOLLOWING);
  const replies = [];
  for (const { el, button } of blocks) {
    if (!el.querySelector(avatarSel) || !after(el)) continue;
    // Header = nearest ancestor of the "..." button that also holds the author name; hide it for the
    // instant of reading innerText so the text is the message body only (no name, no time).
    let header = button.parentElement;
    while (header && header !== el && !norm(header.textContent).includes(botName)) header = header.parentElement;
    let text;
    if (header && header !== el) {
      const old = header.style.display;
      header.style.display = 'none';
      text = el.innerText;
      header.style.display = old;
    } else {
      text = el.innerText;
    }
    text = text
      .split('\n')
      .map((l) => l.replace(/\s+$/, ''))
      .join('\n')
      .replace(/\n{3,}/g, '\n\n')
      .trim();
    // A visible progress bar inside the message = a streaming reply still in progress.
    const busy = [...el.querySelectorAll('[role="progressbar"]')].some((p) => {
      const r = p.getBoundingClientRect();
      const cs = getComputedStyle(p);
      return r.width > 0 && r.height > 0 && cs.visibility !== 'hidden' && cs.display !== 'none' && Number(cs.opacity) > 0;
    });
    replies.push({ text, busy });
  }
  // 4. Typing indicator: a bot avatar after the question that belongs to no message block.
  const typing = [...scope.querySelectorAll(avatarSel)].some(
    (a) => !excluded(a) && after(a) && !blocks.some((b) => b.el.contains(a)),
  );
  return { questionFound: !!questionEl, replies, typing, messageCount: buttons.length };
}

// ---------------------------------------------------------------------------------------------
// UI steps
// ---------------------------------------------------------------------------------------------
async function waitQuiet(page, maxMs, conversationUpdates, quietMs) {
  // Let conversationUpdate-triggered messages (a welcome message, say) land before we ask, so they
  // cannot be mistaken for the answer. First wait until the log panel shows the bot's HTTP answer to
  // the expected number of conversationUpdates (page load sends one for personal chat, opening the
  // channel one more), then until the number of rendered messages has been stable for --quiet ms.
  const end = Date.now() + maxMs;
  while (Date.now() < end) {
    const log = await readLogPanel(page, 200);
    const n = log.split('\n').filter((l) => /-> User Application conversationUpdate \d{3}\b/.test(l)).length;
    if (n >= conversationUpdates) break;
    await sleep(200);
  }
  let last = -1;
  let since = Date.now();
  while (Date.now() < end) {
    const n = await page.locator(MORE_BUTTON).count();
    if (n !== last) {
      last = n;
      since = Date.now();
    } else if (Date.now() - since >= quietMs) return;
    await sleep(200);
  }
}

async function markExisting(page, opts) {
  const r = await page.evaluate(inspectPage, { question: opts.question, botName: opts.botName, moreSel: MORE_BUTTON, markOnly: true });
  debug(`elements already showing the question text before sending: ${r.marked}`);
}

async function sendPersonal(page, opts, remaining) {
  // Side bar conversation list: role=tree with role=treeitem buttons named "Personal Chat" etc.
  await page.getByRole('treeitem', { name: 'Personal Chat', exact: true }).click({ timeout: remaining() });
  // Personal chat has a single compose box: a Lexical contenteditable with role=textbox.
  const box = page.getByRole('textbox');
  await box.first().waitFor({ timeout: remaining() });
  await waitQuiet(page, Math.min(10000 + opts.quiet, remaining()), 1, opts.quiet);
  await box.first().evaluate((el) => (window.__e2eCompose = el));
  await markExisting(page, opts);
  await box.first().click({ timeout: remaining() });
  await page.keyboard.type(opts.question);
  await page.keyboard.press('Enter'); // Enter sends in chats
}

async function sendChannel(page, opts, remaining) {
  // A message arriving in personal chat switches the view to personal chat. Page load sends the
  // personal conversationUpdate, and a bot that answers it with a welcome message would pull the UI
  // away from the channel if that lands after our click: so let it land first.
  await waitQuiet(page, Math.min(10000 + opts.quiet, remaining()), 1, opts.quiet);
  // The "new post" card is a role=group holding a textbox and a button named exactly "Post".
  const postButton = page.getByRole('button', { name: 'Post', exact: true });
  const card = page.getByRole('group').filter({ has: postButton });
  const box = card.getByRole('textbox');
  // Channels are treeitems named "<team> - <channel>"; the Playground's default team is "My Team".
  // Click until the channel view (its "Post" button) shows, in case a late message switched views.
  for (let attempt = 1; ; attempt++) {
    await page.getByRole('treeitem', { name: /General$/ }).first().click({ timeout: remaining() });
    try {
      await box.waitFor({ timeout: Math.min(5000, remaining()) });
      break;
    } catch (e) {
      if (attempt >= 3 || remaining() <= 0) throw new Error(`the channel view did not open: ${e.message.split('\n')[0]}`);
      debug('channel view not shown; clicking General again');
    }
  }
  await waitQuiet(page, Math.min(10000 + opts.quiet, remaining()), 2, opts.quiet);
  if (!(await box.isVisible())) throw new Error('the channel view was replaced by another conversation before asking');
  await box.evaluate((el) => (window.__e2eCompose = el));
  await markExisting(page, opts);
  await box.click({ timeout: remaining() });
  // "@" opens the mention picker: a role=menu of role=menuitem people, the bot first. It must be
  // clicked: Enter in the new-post box posts the text as it is (a plain "@", which the bot never sees).
  await page.keyboard.type('@');
  // A menuitem's accessible name repeats the name (avatar aria-label + label text), so match the
  // visible text instead: the bot's avatar is an icon, its text is exactly the bot name.
  const exactText = new RegExp(`^\\s*${opts.botName.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}\\s*$`);
  await page
    .getByRole('menuitem')
    .filter({ hasText: exactText })
    .first()
    .click({ timeout: Math.min(10000, remaining()) });
  const withMention = await box.innerText();
  if (!withMention.includes(opts.botName)) throw new Error(`mention of "${opts.botName}" was not inserted (box: ${JSON.stringify(withMention)})`);
  // The picked mention is not followed by a space; without one the bot gets "<at>Test Bot</at>question".
  await page.keyboard.type(' ' + opts.question);
  await card.getByRole('button', { name: 'Post', exact: true }).click({ timeout: remaining() });
}

async function waitForReply(page, opts, remaining) {
  const arg = { question: opts.question, botName: opts.botName, moreSel: MORE_BUTTON, channel: opts.mode === 'channel' };
  // 1. The question must show up as a sent message (guards against a send that silently failed).
  const qEnd = Date.now() + Math.min(15000, remaining());
  let state = await page.evaluate(inspectPage, arg);
  while (!state.questionFound && Date.now() < qEnd) {
    await sleep(200);
    state = await page.evaluate(inspectPage, arg);
  }
  if (!state.questionFound) throw new Error('the question did not appear in the conversation after sending');
  debug('question visible');
  // 2. Wait for bot messages after it, then until they stop changing for --settle ms.
  let lastKey = null;
  let since = Date.now();
  let lastLogCheck = 0;
  for (;;) {
    state = await page.evaluate(inspectPage, arg);
    const key = JSON.stringify(state.replies.map((r) => r.text));
    if (key !== lastKey) {
      lastKey = key;
      since = Date.now();
      if (state.replies.length) debug('reply so far:', key.slice(0, 300));
    }
    // The Playground shows no error in the chat when the bot's endpoint fails; only its log panel
    // does ("Microsoft 365 Agents Playground -> User Application message 500 <text>"). Fail fast on it.
    if (!state.replies.length && Date.now() - lastLogCheck > 1000) {
      lastLogCheck = Date.now();
      const lines = (await readLogPanel(page)).split('\n').filter((l) => /-> User Application message \d{3}\b/.test(l));
      const m = lines.length && lines[lines.length - 1].match(/message (\d{3})\b/);
      if (m && Number(m[1]) >= 400) throw new Error(`the bot answered the message with HTTP ${m[1]}`);
    }
    const pending = state.typing || state.replies.some((r) => r.busy);
    const nonEmpty = state.replies.some((r) => r.text.length > 0);
    if (nonEmpty && !pending && Date.now() - since >= opts.settle) return state.replies.map((r) => r.text);
    if (remaining() <= 0) {
      const partial = state.replies.map((r) => r.text);
      const err = new Error(
        partial.length
          ? `timed out while the reply was still changing or a typing indicator was shown`
          : state.typing
            ? 'timed out: the bot showed a typing indicator but sent no message'
            : 'timed out waiting for a bot reply',
      );
      err.partial = partial;
      throw err;
    }
    await sleep(250);
  }
}

async function readLogPanel(page, maxLines = 30) {
  // The log panel lists every activity with its HTTP status, e.g. "... -> User Application message 500".
  // Its container is the nearest ancestor of its "Clear logs" button that shows the "Log Panel" title
  // and timestamped lines.
  try {
    const btn = page.getByRole('button', { name: 'Clear logs' }).first();
    const text = await btn.evaluate((b) => {
      for (let el = b; el; el = el.parentElement) {
        const t = el.innerText || '';
        if (t.includes('Log Panel') && /\[\d{1,2}:\d{2}:\d{2}/.test(t)) return t;
      }
      return '';
    }, null, { timeout: 3000 });
    return text.split('\n').filter(Boolean).slice(-maxLines).join('\n');
  } catch {
    return '';
  }
}

// ---------------------------------------------------------------------------------------------
// Main
// ---------------------------------------------------------------------------------------------
async function main() {
  let opts;
  try {
    opts = parseArgs(process.argv.slice(2));
  } catch (e) {
    if (e instanceof UsageError) {
      process.stdout.write(JSON.stringify({ ok: false, error: e.message, usage: USAGE }) + '\n');
      return 2;
    }
    throw e;
  }
  if (opts.help) {
    process.stderr.write(USAGE + '\n');
    return 0;
  }
  verbose = opts.verbose;
  const deadline = t0 + opts.timeout;
  const remaining = () => Math.max(0, deadline - Date.now());

  const artifacts = opts.artifacts
    ? (fs.mkdirSync(opts.artifacts, { recursive: true }), path.resolve(opts.artifacts))
    : fs.mkdtempSync(path.join(os.tmpdir(), 'e2e-playground-'));
  const result = { ok: false, mode: opts.mode, question: opts.question };
  let pg = null;
  let browser = null;
  let page = null;
  let cleaning = null;
  let interrupted = null;

  // Idempotent: the signal handler and the normal path share one clean-up.
  const cleanup = () =>
    (cleaning ??= (async () => {
      if (browser) await browser.close().catch(() => {});
      await stopPlayground(pg);
    })());
  const onSignal = (sig) => {
    debug('got', sig);
    interrupted = sig;
    cleanup().finally(() => {
      process.stdout.write(JSON.stringify({ ...result, ok: false, error: `interrupted by ${sig}` }) + '\n');
      process.exit(sig === 'SIGINT' ? 130 : 143);
    });
  };
  for (const sig of ['SIGINT', 'SIGTERM', 'SIGHUP']) process.once(sig, onSignal);

  try {
    // Fail fast with a clear message when nothing listens at --bot.
    const bu = new URL(opts.bot);
    const botPort = Number(bu.port || (bu.protocol === 'https:' ? 443 : 80));
    if (!(await tcpReachable(bu.hostname, botPort, 3000))) throw new Error(`nothing is listening at ${opts.bot}`);

    const tPg = Date.now();
    pg = await startPlayground(opts, artifacts, Math.min(deadline, Date.now() + 30000));
    result.playgroundPort = pg.port;
    result.serviceUrl = `http://localhost:${pg.port}/_connector`;
    debug(`playground up on ${pg.port} after ${Date.now() - tPg}ms`);

    // chromium.launch() makes a fresh throw-away profile (and an artifacts folder) under os.tmpdir() and
    // deletes them on close; point that at our folder so even a killed run leaves nothing elsewhere.
    process.env.TMPDIR = artifacts;
    browser = await chromium.launch({
      executablePath: CHROMIUM,
      headless: true,
      args: CHROMIUM_ARGS,
      timeout: remaining(),
      // Signals are handled below, so that the Playground is stopped too and one JSON line is printed.
      handleSIGINT: false,
      handleSIGTERM: false,
      handleSIGHUP: false,
    });
    debug('browser launched');
    // A fresh context = a fresh, throw-away profile.
    const context = await browser.newContext({ viewport: { width: 1280, height: 900 } });
    // The machine is offline: answer requests for anything but the Playground (web fonts from a CDN)
    // at once instead of letting them wait on DNS.
    await context.route(
      (url) => !['localhost', '127.0.0.1', '[::1]'].includes(url.hostname),
      (route) => route.abort(),
    );
    page = await context.newPage();
    page.setDefaultTimeout(Math.max(1000, remaining()));
    await page.goto(`http://localhost:${pg.port}/`, { waitUntil: 'domcontentloaded', timeout: remaining() });
    debug('page loaded');
    // Ready = the conversation list is rendered.
    await page.getByRole('treeitem', { name: 'Personal Chat', exact: true }).waitFor({ timeout: remaining() });
    debug('page ready');

    if (opts.mode === 'personal') await sendPersonal(page, opts, remaining);
    else await sendChannel(page, opts, remaining);
    const tSent = Date.now();
    debug('question sent');

    const replies = await waitForReply(page, opts, remaining);
    Object.assign(result, {
      ok: true,
      reply: replies.join('\n\n'),
      replies,
      replyMs: Date.now() - tSent - opts.settle,
      elapsedMs: Date.now() - t0,
    });
    if (opts.screenshot) {
      await page.screenshot({ path: opts.screenshot });
      result.screenshot = path.resolve(opts.screenshot);
    }
  } catch (e) {
    result.ok = false;
    result.error = String(e && e.message ? e.message : e).split('\n')[0];
    if (e && e.partial) result.replies = e.partial;
    result.elapsedMs = Date.now() - t0;
    if (page) {
      const shot = opts.screenshot ? path.resolve(opts.screenshot) : path.join(artifacts, 'failure.png');
      try {
        await page.screenshot({ path: shot, timeout: 5000 });
        result.screenshot = shot;
      } catch {}
      const log = await readLogPanel(page);
      if (log) result.logPanel = log;
    }
    if (pg) result.playgroundLog = pg.logFile;
    result.artifacts = artifacts;
  } finally {
    await cleanup();
  }
  if (interrupted) return new Promise(() => {}); // the signal handler prints and exits
  if (result.ok && !opts.keep && !opts.artifacts) fs.rmSync(artifacts, { recursive: true, force: true });
  else if (result.ok) result.artifacts = artifacts;
  else if (!opts.artifacts && fs.readdirSync(artifacts).length === 0) {
    fs.rmSync(artifacts, { recursive: true, force: true });
    delete result.artifacts;
  }
  process.stdout.write(JSON.stringify(result) + '\n');
  return result.ok ? 0 : 1;
}

main().then(
  (code) => process.exit(code),
  (e) => {
    process.stdout.write(JSON.stringify({ ok: false, error: `driver crashed: ${e && e.stack ? e.stack : e}` }) + '\n');
    process.exit(1);
  },
);
