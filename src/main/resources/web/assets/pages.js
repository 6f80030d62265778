// Waymark pages: the only script. Pages work without it; it adds saving that survives a lost connection or an
// ended session, the warning before the session ends, and the "listen" button of the interviewee view.
// No inline script anywhere (the CSP forbids it).
(function () {
  'use strict';

  // Forms marked data-autosave are sent with fetch. If the connection is lost, a banner says so and the same
  // request is sent again until it arrives. The server treats a repeated answer as the same answer: no duplicates.
  function autosave(form) {
    form.addEventListener('submit', function (event) {
      event.preventDefault();
      var body = new URLSearchParams(new FormData(form));
      if (event.submitter && event.submitter.name) {
        body.set(event.submitter.name, event.submitter.value);
      }
      Array.prototype.forEach.call(form.querySelectorAll('button'), function (b) { b.disabled = true; });
      send(form, form.action, body, 0);
    });
  }

  // A 401 means the session had ended: the answer is kept (see keep) and the page stays as it is, note included.
  // A server error (5xx, such as a load balancer's 503 during a rolling restart) is treated as a lost connection:
  // the page stays as it is, answer and note included, and the same request is sent again until it arrives.
  // Any other refusal is shown as the error page the server sent.
  function send(form, url, body, attempt) {
    function retry(serverError) {
      offline(true, serverError);
      setTimeout(function () { send(form, url, body, attempt + 1); }, Math.min(15000, 1000 * Math.pow(2, attempt)));
    }
    fetch(url, {method: 'POST', body: body, credentials: 'same-origin', redirect: 'follow', headers: {Accept: 'text/html'}})
      .then(function (response) {
        if (response.status >= 500) {
          retry(true);
          return;
        }
        offline(false);
        if (response.status === 401) {
          keep(url, body);
          Array.prototype.forEach.call(form.querySelectorAll('button'), function (b) { b.disabled = false; });
          sessionEnded(true);
        } else {
          follow(response);
        }
      })
      .catch(function () { retry(false); });
  }

  // Saved: on to the page the server redirected to. A refusal, or the form shown again with its errors: that page.
  function follow(response) {
    if (response.ok && response.redirected) {
      location.assign(response.url);
    } else {
      response.text().then(showPage);
    }
  }

  function showPage(html) {
    var page = new DOMParser().parseFromString(html, 'text/html');
    document.replaceChild(document.importNode(page.documentElement, true), document.documentElement);
  }

  // --- The session: a warning before it ends, renewal while a page is used, an answer kept when it has ended ---
  //
  // What is kept where, and for how long: when an answer or a consent could not be saved because the session had
  // ended, the form's fields (question id, answer, screening version, the officer's note; or the consent's purpose,
  // what the person was told, their answer and who consented for a child; never the form token) are kept in
  // this browser tab's sessionStorage under "waymark.pending", with the page and address they belong to. Never in
  // localStorage, a cookie or an address. They are removed once sent again after signing in (on the same page), at
  // sign-out, when found older than one hour, and by the browser when the tab is closed.
  var PENDING = 'waymark.pending';
  var PENDING_MAX_AGE = 3600 * 1000;
  var KEPT_FORMS = /^\/officer\/(screenings\/[0-9a-f-]{36}\/(answers|consents)|cases\/[0-9a-f-]{36}\/consents)$/;

  function keep(url, body) {
    var fields = [];
    body.forEach(function (value, name) {
      if (name !== '_csrf') {
        fields.push([name, value]);
      }
    });
    sessionStorage.setItem(PENDING, JSON.stringify({page: location.pathname, url: new URL(url, location.href).pathname,
      fields: fields, at: Date.now()}));
  }

  function pending() {
    var kept = null;
    try {
      kept = JSON.parse(sessionStorage.getItem(PENDING));
    } catch (e) {
      kept = null;
    }
    if (kept && (!KEPT_FORMS.test(kept.url) || !Array.isArray(kept.fields) || !(Date.now() - kept.at < PENDING_MAX_AGE))) {
      kept = null;
    }
    if (!kept) {
      sessionStorage.removeItem(PENDING);
    }
    return kept;
  }

  function formToken() {
    var input = document.querySelector('input[name="_csrf"]');
    return input ? input.value : '';
  }

  function texts() {
    return document.getElementById('waymark-session');
  }

  // Back on the page where the answer was given, signed in again: the kept answer is sent (the server treats a
  // repeated answer as the same answer) and forgotten. On the sign-in page, a line says it is kept.
  function resendPending() {
    var kept = pending();
    if (!kept) {
      return;
    }
    if (!texts()) {
      var note = document.getElementById('kept-answer');
      if (note) {
        note.hidden = false;
      }
      return;
    }
    if (kept.page !== location.pathname) {
      return;
    }
    var body = new URLSearchParams(kept.fields);
    body.set('_csrf', formToken());
    banner('session-resending', 'notice', texts().getAttribute('data-resending'));
    fetch(kept.url, {method: 'POST', body: body, credentials: 'same-origin', redirect: 'follow', headers: {Accept: 'text/html'}})
      .then(function (response) {
        if (response.status === 401) {
          sessionEnded(true);
          return;
        }
        sessionStorage.removeItem(PENDING);
        follow(response);
      });
  }

  function banner(id, className, text) {
    var element = document.getElementById(id);
    if (!element) {
      element = document.createElement('div');
      element.id = id;
      element.className = className;
      element.setAttribute('role', 'alert');
      document.body.insertBefore(element, document.body.firstChild);
    }
    element.textContent = text;
    return element;
  }

  // The session has ended (seen by the countdown or by a refused answer): say so, with the way to sign in again
  // and come back to this page.
  function sessionEnded(answerKept) {
    var meta = texts();
    if (!meta) {
      return;
    }
    var warning = document.getElementById('session-warning');
    if (warning) {
      warning.remove();
    }
    var ended = banner('session-ended', 'session-ended', meta.getAttribute('data-ended')
      + (answerKept || pending() ? ' ' + meta.getAttribute('data-kept') : ''));
    var link = document.createElement('a');
    link.id = 'sign-in-again';
    link.className = 'button';
    link.href = '/?expired&back=' + encodeURIComponent(location.pathname + location.search);
    link.textContent = meta.getAttribute('data-sign-in');
    ended.appendChild(link);
  }

  // The page knows how long the session lasts unused. Using the page (keys, pointer) renews it once a third of its
  // lifetime has passed, so an interview in progress never ends while the officer types a long note; a tab left idle
  // gets a warning with a "continue" button before the end, and then ends. Nothing renews it on a timer.
  function watchSession(meta) {
    var lifetime = Number(meta.getAttribute('data-lifetime')) * 1000;
    var endsAt = Date.now() + Number(meta.getAttribute('data-seconds-left')) * 1000;
    var renewedAt = endsAt - lifetime;
    var lead = Math.min(120000, lifetime / 3);
    var ended = false;
    var renewing = false;

    function renew() {
      if (renewing || ended) {
        return;
      }
      renewing = true;
      var body = new URLSearchParams();
      body.set('_csrf', formToken());
      fetch('/session/renew', {method: 'POST', body: body, credentials: 'same-origin', headers: {Accept: 'text/html'}})
        .then(function (response) {
          if (response.status === 401) {
            end();
          } else if (response.ok) {
            renewedAt = Date.now();
            endsAt = renewedAt + lifetime;
            var warning = document.getElementById('session-warning');
            if (warning) {
              warning.remove();
            }
          }
        })
        .catch(function () { /* offline: the countdown goes on, the next use tries again */ })
        .then(function () { renewing = false; });
    }

    function end() {
      ended = true;
      sessionEnded(false);
    }

    function warn(left) {
      var warning = document.getElementById('session-warning');
      if (!warning) {
        warning = document.createElement('div');
        warning.id = 'session-warning';
        warning.className = 'session-warning';
        warning.setAttribute('role', 'alertdialog');
        warning.appendChild(document.createTextNode(meta.getAttribute('data-warning') + ' '));
        var countdown = document.createElement('strong');
        countdown.id = 'session-countdown';
        warning.appendChild(countdown);
        var button = document.createElement('button');
        button.type = 'button';
        button.id = 'session-continue';
        button.textContent = meta.getAttribute('data-continue');
        button.addEventListener('click', renew);
        warning.appendChild(button);
        document.body.insertBefore(warning, document.body.firstChild);
      }
      var seconds = Math.ceil(left / 1000);
      document.getElementById('session-countdown').textContent = Math.floor(seconds / 60) + ':' + String(seconds % 60).padStart(2, '0');
    }

    var timer = setInterval(function () {
      if (ended || texts() !== meta) {
        clearInterval(timer);
        return;
      }
      var left = endsAt - Date.now();
      if (left <= 0) {
        end();
      } else if (left <= lead) {
        warn(left);
      }
    }, 1000);

    ['keydown', 'pointerdown', 'input'].forEach(function (type) {
      document.addEventListener(type, function () {
        if (Date.now() - renewedAt > lifetime / 3) {
          renew();
        }
      }, true);
    });

    Array.prototype.forEach.call(document.querySelectorAll('form[action="/sign-out"]'), function (form) {
      form.addEventListener('submit', function () { sessionStorage.removeItem(PENDING); });
    });
  }

  // serverError: the server answered with an error (5xx) rather than not at all; the banner says which.
  function offline(shown, serverError) {
    var banner = document.getElementById('offline');
    if (!banner && shown) {
      banner = document.createElement('div');
      banner.id = 'offline';
      banner.className = 'offline';
      banner.setAttribute('role', 'alert');
      document.body.appendChild(banner);
    }
    if (banner && shown) {
      var polish = document.documentElement.lang === 'pl';
      banner.textContent = serverError
        ? (polish ? 'Serwer chwilowo nie odpowiada. Odpowiedź i notatka zostają na tej stronie; ponawiam wysyłkę…'
          : 'The server is briefly unavailable. The answer and the note stay on this page; trying again…')
        : (polish ? 'Brak połączenia. Odpowiedź nie jest jeszcze zapisana; ponawiam…'
          : 'No connection. The answer is not saved yet; trying again…');
    }
    if (banner && !shown) {
      banner.remove();
    }
  }

  // The listen button reads the question aloud, where the device has a voice for the person's language.
  function listen(button) {
    if (!('speechSynthesis' in window)) {
      return;
    }
    var lang = button.getAttribute('data-lang');
    function hasVoice() {
      return speechSynthesis.getVoices().some(function (v) { return v.lang.toLowerCase().indexOf(lang) === 0; });
    }
    function offer() {
      if (hasVoice()) {
        button.hidden = false;
      }
    }
    offer();
    speechSynthesis.addEventListener('voiceschanged', offer);
    button.addEventListener('click', function () {
      var text = document.querySelector(button.getAttribute('data-speak')).textContent;
      var utterance = new SpeechSynthesisUtterance(text);
      utterance.lang = lang;
      speechSynthesis.cancel();
      speechSynthesis.speak(utterance);
    });
  }

  // A page restored by the browser's Back from its memory would show a state that is no longer true (a form to
  // complete a screening already completed): ask the server again, which redirects where the screening now stands.
  window.addEventListener('pageshow', function (event) {
    if (event.persisted) {
      location.reload();
    }
  });

  document.addEventListener('DOMContentLoaded', function () {
    Array.prototype.forEach.call(document.querySelectorAll('form[data-autosave]'), autosave);
    Array.prototype.forEach.call(document.querySelectorAll('[data-speak]'), listen);
    // The help card's print button (a page with no inline script)
    Array.prototype.forEach.call(document.querySelectorAll('[data-print]'), function (button) {
      button.addEventListener('click', function () { window.print(); });
    });
    if (texts()) {
      watchSession(texts());
    }
    resendPending();
  });
})();
