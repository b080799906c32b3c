/**
 * The display board's one inline script (allowed by its SHA-256 in the page's CSP): listens to the
 * unit's server-sent events, redraws the board, and announces each call in Vietnamese with the
 * browser's speech synthesis (lang vi-VN; a Vietnamese voice when installed, else the default
 * voice — the call stays on screen either way). Every announcement is kept in
 * `window.__announcements` (the browser test reads it). Chrome speaks only after a first click:
 * the "sound" button is that click.
 */
export const boardScript = `(function () {
  var body = document.body;
  var unit = body.getAttribute('data-unit');
  var words = JSON.parse(body.getAttribute('data-words'));
  var spoken = (window.__announcements = []);
  var soundOn = false;
  // The server's time, not the screen's: a wall display with a wrong clock still shows the hour.
  var offset = Date.parse(body.getAttribute('data-now')) - Date.now() || 0;
  var synth = window.speechSynthesis;
  function $(id) { return document.getElementById(id); }
  function el(tag, text, cls) {
    var e = document.createElement(tag);
    if (text !== undefined && text !== null) e.textContent = String(text);
    if (cls) e.className = cls;
    return e;
  }
  function pickVoice() {
    var voices = synth && synth.getVoices ? synth.getVoices() : [];
    for (var i = 0; i < voices.length; i++) if (/^vi/i.test(voices[i].lang)) return voices[i];
    return null;
  }
  function speak(text) {
    spoken.push(text);
    if (!soundOn || !synth || typeof SpeechSynthesisUtterance === 'undefined') return;
    try {
      var u = new SpeechSynthesisUtterance(text);
      u.lang = 'vi-VN';
      u.rate = 0.9;
      var voice = pickVoice();
      if (voice) u.voice = voice;
      synth.speak(u);
    } catch (e) {}
  }
  function status(c) {
    if (c.status === 'closed') return words.closed;
    if (c.status === 'paused') return words.paused;
    return c.current ? c.current.displayCode : '–';
  }
  function render(board) {
    if (board.at) offset = Date.parse(board.at) - Date.now();
    var rows = $('counters');
    rows.replaceChildren();
    board.counters.forEach(function (c) {
      var tr = el('tr');
      tr.appendChild(el('td', c.number + (c.isPriority ? ' (' + words.priority + ')' : '')));
      tr.appendChild(el('td', c.name, 'muted'));
      tr.appendChild(el('td', status(c), c.current && c.status !== 'closed' ? 'code' : 'muted'));
      rows.appendChild(tr);
    });
    var latest = $('latest');
    latest.replaceChildren();
    board.latestCalls.forEach(function (c) {
      latest.appendChild(el('li', c.displayCode + ' → ' + words.counter + ' ' + c.counterNumber));
    });
    if (board.latestCalls.length === 0) latest.appendChild(el('li', words.noCall, 'muted'));
    var waiting = $('waiting');
    waiting.replaceChildren();
    board.services.forEach(function (s) {
      var tr = el('tr');
      tr.appendChild(el('td', s.prefix + ' · ' + s.name));
      tr.appendChild(el('td', s.waiting));
      tr.appendChild(el('td', s.waiting > 0 ? words.minutes.replace('{n}', s.expectedWaitMinutes) : '–'));
      waiting.appendChild(tr);
    });
    if (board.latestCalls[0] && !$('now-call').textContent) showCall(board.latestCalls[0], false);
  }
  function showCall(c, flash) {
    var now = $('now-call');
    now.textContent = c.displayCode + ' → ' + words.counter + ' ' + c.counterNumber;
    now.classList.remove('flash');
    if (flash) { void now.offsetWidth; now.classList.add('flash'); }
  }
  var button = $('sound');
  button.hidden = false;
  button.addEventListener('click', function () {
    soundOn = !soundOn;
    button.setAttribute('aria-pressed', String(soundOn));
    // The click is the user activation Chrome asks for before any speech.
    if (soundOn && synth && typeof SpeechSynthesisUtterance !== 'undefined') {
      try { var u = new SpeechSynthesisUtterance(' '); u.lang = 'vi-VN'; synth.speak(u); } catch (e) {}
    }
  });
  var source = new EventSource('/api/v1/queue/units/' + encodeURIComponent(unit) + '/events');
  source.addEventListener('board', function (e) { $('offline').hidden = true; render(JSON.parse(e.data)); });
  source.addEventListener('call', function (e) {
    var c = JSON.parse(e.data);
    showCall(c, true);
    speak(c.announcement);
  });
  source.onerror = function () { $('offline').hidden = false; };
  source.onopen = function () { $('offline').hidden = true; };
  setInterval(function () {
    $('clock').textContent = new Date(Date.now() + offset).toLocaleTimeString('vi-VN', {
      timeZone: 'Asia/Ho_Chi_Minh', hour: '2-digit', minute: '2-digit'
    });
  }, 1000);
})();`;
