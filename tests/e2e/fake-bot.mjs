#!/usr/bin/env node
// Tiny fake Bot Framework bot, used to exercise the Playground driver without the real bot.
//
//   node fake-bot.mjs [--port 3978] [--samples DIR] [--card] [--welcome]
//
// * Accepts POST /api/messages with no auth check, logs the incoming activity as one JSON line
//   on stdout ({"incoming": <activity>}) and answers 200 at once.
// * For every "message" activity it then replies through the Bot Connector REST API:
//   POST {serviceUrl}/v3/conversations/{conversation.id}/activities/{activity.id}
//   with {type:"message", text:"echo: <text>", replyToId, from:<recipient>, recipient:<from>, conversation}.
//   The text is the incoming text with <at>...</at> mentions removed.
//   Keywords in the text change the behaviour (card, cardonly, typing, slow, silent, multi, raw, new,
//   html): see reply() below. --card adds an Adaptive Card to every reply.
// * --welcome: on conversationUpdate with membersAdded, post "Welcome! Ask me anything." to the
//   conversation (POST {serviceUrl}/v3/conversations/{id}/activities), as many real bots do.
// * invoke activities get {statusCode:200,...} in the HTTP response body and no connector reply.
// * With --samples DIR, the first activity of each kind (type + conversationType) is written as
//   DIR/<name>.json, so real Playground payloads can be captured.
// * GET /healthz answers 200 "ok" (readiness probe for scripts).
import http from 'node:http';
import fs from 'node:fs';
import path from 'node:path';

function arg(name, def) {
  const i = process.argv.indexOf(`--${name}`);
  if (i < 0) return def;
  const v = process.argv[i + 1];
  return v === undefined || v.startsWith('--') ? true : v;
}

const port = Number(arg('port', process.env.PORT || 3978));
const samplesDir = arg('samples', null);
const alwaysCard = arg('card', false) === true;
const welcome = arg('welcome', false) === true;
const saved = new Set();

function log(obj) {
  process.stdout.write(JSON.stringify(obj) + '\n');
}

function saveSample(activity) {
  if (!samplesDir) return;
  const convType = activity.conversation?.conversationType || 'unknown';
  let kind = activity.type;
  if (activity.type === 'message') {
    const mentioned = (activity.entities || []).some((e) => e.type === 'mention');
    kind += mentioned ? '-mention' : '';
    kind += activity.value ? '-value' : '';
  }
  if (activity.type === 'invoke') kind += `-${activity.name || 'unnamed'}`;
  if (activity.type === 'conversationUpdate') {
    kind += activity.membersAdded?.length ? '-membersAdded' : activity.membersRemoved?.length ? '-membersRemoved' : '';
    if (activity.channelData?.eventType) kind += `-${activity.channelData.eventType}`;
  }
  const name = `${kind}-${convType}`.replace(/[^A-Za-z0-9_.-]/g, '_');
  if (saved.has(name)) return;
  saved.add(name);
  fs.mkdirSync(samplesDir, { recursive: true });
  fs.writeFileSync(path.join(samplesDir, `${name}.json`), JSON.stringify(activity, null, 2) + '\n');
}

function cleanText(text) {
  return String(text || '').replace(/<at>[^<]*<\/at>/g, '').replace(/\s+/g, ' ').trim();
}

const sleep = (ms) => new Promise((r) => setTimeout(r, ms));

async function post(activity, body, { noReplyId = false, rawIds = false } = {}) {
  const base = String(activity.serviceUrl || '').replace(/\/+$/, '');
  const enc = rawIds ? (s) => s : encodeURIComponent;
  let url = `${base}/v3/conversations/${enc(activity.conversation.id)}/activities`;
  if (!noReplyId) url += `/${enc(activity.id)}`;
  try {
    const res = await fetch(url, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify(body),
    });
    const resText = await res.text();
    log({ replied: { url, status: res.status, body: resText, sent: body.type } });
    if (samplesDir) {
      const kind = `${activity.conversation?.conversationType || 'unknown'}-${body.type}${body.attachments ? (body.text ? '-text-and-card' : '-card') : ''}`;
      const name = `connector-reply-${kind}`;
      if (!saved.has(name)) {
        saved.add(name);
        const sample = { request: { method: 'POST', url, body }, response: { status: res.status, body: resText } };
        fs.writeFileSync(path.join(samplesDir, `${name}.json`), JSON.stringify(sample, null, 2) + '\n');
      }
    }
  } catch (err) {
    log({ replyError: { url, error: String(err) } });
  }
}

function adaptiveCard(text) {
  return {
    contentType: 'application/vnd.microsoft.card.adaptive',
    content: {
      type: 'AdaptiveCard',
      $schema: 'http://adaptivecards.io/schemas/adaptive-card.json',
      version: '1.5',
      body: [
        { type: 'TextBlock', text: 'Card title', weight: 'Bolder', size: 'Medium' },
        { type: 'TextBlock', text: `Card body for: ${text}`, wrap: true },
        { type: 'FactSet', facts: [{ title: 'Rows', value: '42' }, { title: 'Status', value: 'OK' }] },
        {
          type: 'Container',
          style: 'emphasis',
          items: [
            {
              type: 'ColumnSet',
              columns: [
                { type: 'Column', width: 'auto', items: [{ type: 'TextBlock', text: 'Pillar 1', weight: 'Bolder' }] },
                { type: 'Column', width: 'stretch', items: [{ type: 'TextBlock', text: '**Markdown** in a card', wrap: true }] },
              ],
            },
          ],
        },
      ],
      actions: [{ type: 'Action.Submit', title: 'Submit me', data: { choice: 'yes' } }],
    },
  };
}

// Keywords in the (mention-stripped) text change the behaviour, for exercising the driver:
//   card     reply carries an Adaptive Card as well as the text
//   cardonly reply is an Adaptive Card with no text
//   typing   send a typing activity first, then reply after 1.5 s
//   slow     reply after 5 s
//   silent   never reply
//   multi    send two messages ("echo: ..." then "second: ...")
//   raw      do not percent-encode ids in the reply URL
//   new      POST to /v3/conversations/{id}/activities (no replyToId in the path)
//   html     text contains **markdown** and <b>html</b>
async function reply(activity) {
  const text = cleanText(activity.text) || (activity.value ? `value ${JSON.stringify(activity.value)}` : '');
  const has = (w) => new RegExp(`\\b${w}\\b`, 'i').test(text);
  const opts = { noReplyId: has('new'), rawIds: has('raw') };
  const base = {
    replyToId: activity.id,
    from: activity.recipient,
    recipient: activity.from,
    conversation: activity.conversation,
  };
  if (has('silent')) return;
  if (has('typing')) {
    await post(activity, { ...base, type: 'typing' }, opts);
    await sleep(1500);
  }
  if (has('slow')) await sleep(5000);
  const body = { ...base, type: 'message', text: `echo: ${text}` };
  if (has('html')) body.text = `echo: **bold** <b>html</b> _it_ ${text}`;
  if (alwaysCard || has('card')) body.attachments = [adaptiveCard(text)];
  if (has('cardonly')) {
    delete body.text;
    body.attachments = [adaptiveCard(text)];
  }
  await post(activity, body, opts);
  if (has('multi')) {
    await sleep(300);
    await post(activity, { ...base, type: 'message', text: `second: ${text}` }, opts);
  }
}

const server = http.createServer((req, res) => {
  if (req.method === 'GET' && req.url === '/healthz') {
    res.writeHead(200, { 'content-type': 'text/plain' });
    res.end('ok');
    return;
  }
  if (req.method !== 'POST' || !req.url.startsWith('/api/messages')) {
    res.writeHead(404);
    res.end();
    return;
  }
  const chunks = [];
  req.on('data', (c) => chunks.push(c));
  req.on('end', () => {
    let activity;
    try {
      activity = JSON.parse(Buffer.concat(chunks).toString('utf8'));
    } catch (err) {
      res.writeHead(400);
      res.end();
      return;
    }
    log({ incoming: activity, headers: { authorization: req.headers.authorization ? '<present>' : undefined } });
    saveSample(activity);
    if (samplesDir && activity.type === 'message' && !saved.has('#headers')) {
      saved.add('#headers');
      const headers = { method: req.method, url: req.url, headers: req.headers };
      fs.writeFileSync(path.join(samplesDir, 'http-request-message.json'), JSON.stringify(headers, null, 2) + '\n');
    }
    // Answer the inbound POST first (as a real bot adapter does), then reply asynchronously.
    res.writeHead(200, { 'content-type': 'application/json' });
    if (activity.type === 'invoke') {
      // Invoke activities (e.g. adaptiveCard/action) expect their result in the HTTP response body.
      res.end(JSON.stringify({ statusCode: 200, type: 'application/vnd.microsoft.activity.message', value: 'invoke received' }));
      return;
    }
    res.end('{}');
    if (activity.type === 'message') setTimeout(() => reply(activity), 50);
    if (welcome && activity.type === 'conversationUpdate' && activity.membersAdded?.length) {
      const body = { type: 'message', text: 'Welcome! Ask me anything.', from: activity.recipient, conversation: activity.conversation };
      setTimeout(() => post(activity, body, { noReplyId: true }), 50);
    }
    // Adaptive Card Action.Submit / Action.Execute arrive as invoke; answer it in the body above.
  });
});

server.listen(port, '127.0.0.1', () => {
  log({ listening: `http://127.0.0.1:${server.address().port}/api/messages` });
});

for (const sig of ['SIGINT', 'SIGTERM']) {
  process.on(sig, () => server.close(() => process.exit(0)));
}
