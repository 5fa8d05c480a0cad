// ReportBot chat page: sends what the user types (or the button they press) to /api/chat and renders the reply.
// Every string from the server is inserted as text; the only markup created is <strong> for **bold** in snippets.
"use strict";

const log = document.getElementById("log");
const form = document.getElementById("ask");
const input = document.getElementById("question");

// The server issues the conversation id with its first reply; the page keeps it for this tab and sends it back.
const storageKey = "reportbot-conversation";
let conversationId = sessionStorage.getItem(storageKey);

function el(tag, className, text) {
  const node = document.createElement(tag);
  if (className) node.className = className;
  if (text !== undefined) node.textContent = text;
  return node;
}

// Renders the snippet Markdown the engine produces: **bold** and backslash escapes, nothing else.
function snippet(markdown) {
  const container = el("span");
  let bold = false, buffer = "";
  const flush = () => {
    if (!buffer) return;
    container.appendChild(bold ? el("strong", "", buffer) : document.createTextNode(buffer));
    buffer = "";
  };
  for (let i = 0; i < markdown.length; i++) {
    const c = markdown[i];
    if (c === "\\" && i + 1 < markdown.length) { buffer += markdown[++i]; continue; }
    if (c === "*" && markdown[i + 1] === "*") { flush(); bold = !bold; i++; continue; }
    buffer += c;
  }
  flush();
  return container;
}

function chips(pillars) {
  const row = el("div", "chips");
  for (const p of pillars) row.appendChild(el("span", "chip", `Pillar ${p.number}: ${p.title}`));
  return row;
}

function quoteBlock(content, citation, pillars) {
  const box = el("div", "excerpt");
  const quote = el("blockquote");
  quote.append("“", content, "”");
  box.appendChild(quote);
  if (citation) box.appendChild(el("div", "citation", "— " + citation));
  if (pillars && pillars.length) box.appendChild(chips(pillars));
  return box;
}

function render(reply) {
  const box = el("section", "message bot" + (reply.kind === "Problem" ? " problem" : ""));
  box.dataset.kind = reply.kind;
  if (reply.kind === "Digest") box.classList.add("digest");
  box.appendChild(el("h2", "", reply.title));
  for (const paragraph of (reply.body || "").split("\n\n")) if (paragraph) box.appendChild(el("p", "", paragraph));
  if (reply.items.length) {
    const list = el("ul");
    for (const item of reply.items) list.appendChild(el("li", "", item));
    box.appendChild(list);
  }
  if (reply.quote) box.appendChild(quoteBlock(reply.quote.text, reply.quote.citation, reply.quote.pillars));
  for (const e of reply.excerpts) box.appendChild(quoteBlock(snippet(e.snippet), e.citation, e.pillars));
  if (reply.buttons.length) {
    const row = el("div", "buttons");
    for (const b of reply.buttons) {
      const button = el("button", "", b.label);
      button.type = "button";
      button.addEventListener("click", () => send({ action: b.action }, b.label));
      row.appendChild(button);
    }
    box.appendChild(row);
  }
  log.appendChild(box);
  box.scrollIntoView({ behavior: "smooth", block: "start" });
}

async function post(payload) {
  const body = conversationId ? { conversationId, ...payload } : payload;
  return fetch("api/chat", { method: "POST", headers: { "Content-Type": "application/json" }, body: JSON.stringify(body) });
}

async function send(payload, shown) {
  log.appendChild(el("div", "message user", shown));
  try {
    let response = await post(payload);
    if (response.status === 403 && conversationId) {
      // The bot no longer knows this conversation (its state was reset): start a new one.
      conversationId = null;
      sessionStorage.removeItem(storageKey);
      response = await post(payload);
    }
    if (!response.ok) {
      const problem = await response.json().catch(() => null);
      throw new Error(problem && problem.detail ? problem.detail : `the server answered ${response.status}`);
    }
    const reply = await response.json();
    if (reply.conversationId && reply.conversationId !== conversationId) {
      conversationId = reply.conversationId;
      sessionStorage.setItem(storageKey, conversationId);
    }
    render(reply);
  } catch (error) {
    render({ kind: "Problem", title: "Something went wrong", body: String(error.message || error), items: [], excerpts: [], buttons: [] });
  }
}

form.addEventListener("submit", event => {
  event.preventDefault();
  const text = input.value.trim();
  if (!text) return;
  input.value = "";
  send({ text }, text);
});

// Messages the bot posts here on its own (the daily digest) are fetched every few seconds.
let lastPosted = 0;
async function poll() {
  if (!conversationId) return;
  try {
    const response = await fetch(`api/chat/${encodeURIComponent(conversationId)}/messages?after=${lastPosted}`);
    if (response.ok) {
      for (const message of await response.json()) {
        lastPosted = Math.max(lastPosted, message.sequence);
        render(message.reply);
      }
    }
  } catch {
    // The server may be restarting; the next poll tries again.
  }
}
setInterval(poll, 5000);

send({ text: "help" }, "help");
