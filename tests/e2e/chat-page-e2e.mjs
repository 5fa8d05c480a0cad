#!/usr/bin/env node
// End-to-end check of ReportBot's own chat page in headless Debian Chromium.
//
// Usage: node chat-page-e2e.mjs --url http://127.0.0.1:PORT/ [--timeout 30000] [--screenshot FILE]
//
// Opens the page, waits for the help message it shows on load, asks a question, then types "pillar 9".
// Prints ONE line of JSON on stdout:
//   {"ok":true,"help":"...","answer":{"kind":"Answer","excerpts":[{"text":"...","citation":"...","chips":["Pillar 1: ..."]}]},
//    "problem":{"kind":"Problem","text":"..."}}
// or {"ok":false,"error":"...","screenshot":"..."}. Exit code 0 when ok, 1 otherwise, 2 for bad usage.
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { chromium } from 'playwright-core';

const CHROMIUM = process.env.CHROMIUM_PATH || '/usr/bin/chromium';
const CHROMIUM_ARGS = ['--headless', '--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run',
  '--disable-background-networking', '--disable-component-update', '--disable-sync'];

function parseArgs(argv) {
  const args = { timeout: 30000, question: 'What does the report recommend on 5G?' };
  for (let i = 0; i < argv.length; i++) {
    const key = argv[i].replace(/^--/, '');
    if (!['url', 'timeout', 'screenshot', 'question'].includes(key) || i + 1 >= argv.length) return null;
    args[key] = key === 'timeout' ? Number(argv[++i]) : argv[++i];
  }
  return args.url ? args : null;
}

// Waits for the n-th bot message (0-based) and returns what it shows.
async function botMessage(page, n, timeout) {
  const locator = page.locator('section.message.bot').nth(n);
  await locator.waitFor({ state: 'visible', timeout });
  return locator.evaluate(node => ({
    kind: node.dataset.kind,
    text: node.innerText,
    excerpts: [...node.querySelectorAll('.excerpt')].map(e => ({
      text: e.querySelector('blockquote')?.innerText ?? '',
      bold: [...e.querySelectorAll('blockquote strong')].map(s => s.innerText),
      citation: e.querySelector('.citation')?.innerText ?? '',
      chips: [...e.querySelectorAll('.chip')].map(c => c.innerText),
    })),
  }));
}

async function ask(page, text) {
  await page.getByRole('textbox', { name: 'Your question' }).fill(text);
  await page.keyboard.press('Enter');
}

async function main() {
  const args = parseArgs(process.argv.slice(2));
  if (!args) {
    console.error('usage: node chat-page-e2e.mjs --url http://127.0.0.1:PORT/ [--timeout MS] [--screenshot FILE] [--question TEXT]');
    process.exit(2);
  }
  const profile = fs.mkdtempSync(path.join(os.tmpdir(), 'e2e-chat-profile-'));
  let context;
  let page;
  try {
    // A fresh profile per run: nothing cached from an earlier run can make the test pass.
    context = await chromium.launchPersistentContext(profile, { executablePath: CHROMIUM, args: CHROMIUM_ARGS });
    page = await context.newPage();
    await page.goto(args.url, { timeout: args.timeout });
    const help = await botMessage(page, 0, args.timeout);
    await ask(page, args.question);
    const answer = await botMessage(page, 1, args.timeout);
    await ask(page, 'pillar 9');
    const problem = await botMessage(page, 2, args.timeout);
    if (args.screenshot) await page.screenshot({ path: args.screenshot, fullPage: true });
    console.log(JSON.stringify({ ok: true, help: help.text, answer, problem: { kind: problem.kind, text: problem.text } }));
    return 0;
  } catch (error) {
    let screenshot = null;
    if (page) {
      screenshot = args.screenshot || path.join(os.tmpdir(), `e2e-chat-failure-${Date.now()}.png`);
      await page.screenshot({ path: screenshot, fullPage: true }).catch(() => { screenshot = null; });
    }
    console.log(JSON.stringify({ ok: false, error: String(error?.message ?? error), screenshot }));
    return 1;
  } finally {
    await context?.close().catch(() => {});
    fs.rmSync(profile, { recursive: true, force: true });
  }
}

process.exit(await main());
