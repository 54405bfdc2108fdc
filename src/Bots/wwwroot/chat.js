// The local web chat: pick who you are, talk to the bot, press its buttons.
// Plain script, no build step. The API is same-origin JSON:
//   POST /api/chat/messages {from, text | choice, messageId} -> {replies: [{text, choices: [{label, value}]}]}
//   GET  /api/chat/outbox?from=alice                        -> {replies: [...]}  (polled every 3 s)
(() => {
  "use strict";

  const NAME = /^[A-Za-z0-9_]{2,32}$/;   // what the chat API accepts as "from"
  const POLL_MS = 3000;
  const STORE_PREFIX = "conversational.chat.";

  const $ = (id) => document.getElementById(id);
  const identityForm = $("identity");
  const whoInput = $("who");
  const whoError = $("who-error");
  const chat = $("chat");
  const current = $("current");
  const list = $("messages");
  const compose = $("compose");
  const textInput = $("text");

  // Each person's transcript, in memory and in sessionStorage so a reload keeps it, keyed by the name in lower case
  // (the bot does not tell "Alice" from "alice"). An entry is
  // {kind: "me" | "bot" | "error", text, choices?: [{label, value}], open?: bool}.
  const transcripts = new Map();
  let who = null;      // the key of the current person's transcript
  let whoAs = null;    // their name as typed, sent as "from" (the bot may show it as their display name)

  function transcriptOf(name) {
    if (!transcripts.has(name)) {
      let saved = [];
      try {
        saved = JSON.parse(sessionStorage.getItem(STORE_PREFIX + name) || "[]");
      } catch {
        saved = [];
      }
      transcripts.set(name, Array.isArray(saved) ? saved : []);
    }
    return transcripts.get(name);
  }

  function save(name) {
    try {
      // Error lines carry retry callbacks that cannot be stored; keep only the conversation itself.
      const entries = transcriptOf(name).filter((e) => e.kind !== "error");
      sessionStorage.setItem(STORE_PREFIX + name, JSON.stringify(entries));
    } catch {
      // Storage full or disabled: the transcript stays in memory only.
    }
  }

  // ----- identity -----

  function start(name) {
    const trimmed = (name || "").trim();
    if (!NAME.test(trimmed)) {
      whoError.textContent = "A name is 2 to 32 letters a-z, digits or _ (no spaces, no accents).";
      whoError.hidden = false;
      whoInput.setAttribute("aria-invalid", "true");
      whoInput.focus();
      return;
    }
    whoError.hidden = true;
    whoInput.removeAttribute("aria-invalid");
    who = trimmed.toLowerCase();
    whoAs = trimmed;
    whoInput.value = trimmed;
    current.textContent = trimmed;
    document.querySelectorAll(".person").forEach((b) =>
      b.setAttribute("aria-pressed", String(b.dataset.who === who)));
    try { sessionStorage.setItem(STORE_PREFIX + "current", trimmed); } catch { /* memory only */ }
    chat.hidden = false;
    renderAll();
    textInput.focus();
    poll();
  }

  identityForm.addEventListener("submit", (event) => {
    event.preventDefault();
    start(whoInput.value);
  });
  document.querySelectorAll(".person").forEach((button) =>
    button.addEventListener("click", () => start(button.dataset.who)));

  // ----- rendering -----

  function renderAll() {
    list.replaceChildren(...transcriptOf(who).map(render));
    scrollToEnd();
  }

  function append(name, entry) {
    transcriptOf(name).push(entry);
    save(name);
    if (name === who) {
      list.append(render(entry));
      scrollToEnd();
    }
  }

  function scrollToEnd() {
    list.lastElementChild?.scrollIntoView({ block: "end" });
  }

  function render(entry) {
    const item = document.createElement("li");
    item.className = entry.kind;
    const text = document.createElement("p");
    text.className = "text";
    text.dir = "auto";
    text.textContent = entry.text;
    item.append(text);

    if (entry.kind === "bot" && entry.choices && entry.choices.length > 0) {
      const row = document.createElement("div");
      row.className = "choices";
      row.setAttribute("role", "group");
      row.setAttribute("aria-label", "Choices");
      for (const choice of entry.choices) {
        const button = document.createElement("button");
        button.type = "button";
        button.dir = "auto";
        button.textContent = choice.label;
        button.disabled = !entry.open;
        button.addEventListener("click", () => {
          if (!entry.open) return;
          sendChoice(choice);
        });
        row.append(button);
      }
      item.append(row);
    }

    if (entry.kind === "error" && entry.retry) {
      const retry = document.createElement("button");
      retry.type = "button";
      retry.className = "retry";
      retry.textContent = "Retry";
      retry.addEventListener("click", () => {
        retry.disabled = true;
        entry.retry();
      });
      item.append(retry);
    }
    return item;
  }

  // Once the person says something new, the buttons of earlier replies no longer apply.
  function closeChoices(name) {
    let changed = false;
    for (const entry of transcriptOf(name)) {
      if (entry.open) {
        entry.open = false;
        changed = true;
      }
    }
    if (changed) {
      save(name);
      if (name === who) {
        list.querySelectorAll(".choices button").forEach((b) => { b.disabled = true; });
      }
    }
  }

  function addReplies(name, replies) {
    for (const reply of Array.isArray(replies) ? replies : []) {
      const choices = Array.isArray(reply.choices)
        ? reply.choices.filter((c) => c && typeof c.label === "string")
        : [];
      append(name, { kind: "bot", text: String(reply.text ?? ""), choices, open: choices.length > 0 });
    }
  }

  // ----- talking to the bot -----

  // Messages of one person go out one at a time, in the order they were written.
  const queues = new Map();

  function enqueue(name, job) {
    const next = (queues.get(name) || Promise.resolve()).then(job, job);
    queues.set(name, next.catch(() => {}));
    return next;
  }

  compose.addEventListener("submit", (event) => {
    event.preventDefault();
    const text = textInput.value.trim();
    textInput.focus();
    if (!who || text === "") return;   // an empty box sends nothing
    textInput.value = "";
    const name = who;
    closeChoices(name);
    append(name, { kind: "me", text });
    post(name, { from: whoAs, text, messageId: crypto.randomUUID() });
  });

  function sendChoice(choice) {
    const name = who;
    closeChoices(name);
    append(name, { kind: "me", text: choice.label });
    post(name, { from: whoAs, choice: choice.value, messageId: crypto.randomUUID() });
    textInput.focus();
  }

  // A retry sends the very same body, messageId included, so the bot can tell it from a new message.
  function post(name, body) {
    return enqueue(name, async () => {
      let response;
      try {
        response = await fetch("api/chat/messages", {
          method: "POST",
          headers: { "Content-Type": "application/json", "Accept": "application/json" },
          body: JSON.stringify(body),
        });
      } catch (e) {
        append(name, { kind: "error", text: `Could not reach the bot (${e.message || e}). Your message may not have arrived.`, retry: () => post(name, body) });
        return;
      }
      const data = await readJson(response);
      if (response.ok) {
        addReplies(name, data && data.replies);
        return;
      }
      const reason = data && typeof data.error === "string" ? data.error : `HTTP ${response.status} ${response.statusText}`.trim();
      // 4xx: the message itself is refused and sending it again would not help; 5xx: it may.
      const retry = response.status >= 500 ? () => post(name, body) : undefined;
      append(name, { kind: "error", text: `Error: ${reason}`, retry });
    });
  }

  async function readJson(response) {
    try {
      return await response.json();
    } catch {
      return null;
    }
  }

  // ----- what the bot says later on its own -----

  let polling = false;
  let pollFailing = false;

  async function poll() {
    if (!who || polling) return;
    polling = true;
    const name = who;
    try {
      const response = await fetch(`api/chat/outbox?from=${encodeURIComponent(name)}`, {
        headers: { "Accept": "application/json" },
      });
      const data = await readJson(response);
      if (!response.ok) {
        const reason = data && typeof data.error === "string" ? data.error : `HTTP ${response.status}`;
        throw new Error(reason);
      }
      pollFailing = false;
      addReplies(name, data && data.replies);
    } catch (e) {
      // Say it once, not every 3 seconds; say nothing more until it works again.
      if (!pollFailing) {
        pollFailing = true;
        append(name, { kind: "error", text: `Could not check for new messages: ${e.message || e}` });
      }
    } finally {
      polling = false;
    }
  }

  setInterval(poll, POLL_MS);

  // ----- after a reload, come back as the same person -----

  let last = null;
  try { last = sessionStorage.getItem(STORE_PREFIX + "current"); } catch { /* none */ }
  if (last && NAME.test(last)) {
    start(last);
  } else {
    whoInput.focus();
  }
})();
