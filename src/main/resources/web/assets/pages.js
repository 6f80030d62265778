// Waymark pages: the only script. Pages work without it; it adds saving that survives a lost connection
// and the "listen" button of the interviewee view. No inline script anywhere (the CSP forbids it).
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
      send(form.action, body, 0);
    });
  }

  function send(url, body, attempt) {
    fetch(url, {method: 'POST', body: body, credentials: 'same-origin', redirect: 'follow'})
      .then(function (response) {
        offline(false);
        location.assign(response.url);
      })
      .catch(function () {
        offline(true);
        setTimeout(function () { send(url, body, attempt + 1); }, Math.min(15000, 1000 * Math.pow(2, attempt)));
      });
  }

  function offline(shown) {
    var banner = document.getElementById('offline');
    if (!banner && shown) {
      banner = document.createElement('div');
      banner.id = 'offline';
      banner.className = 'offline';
      banner.setAttribute('role', 'alert');
      banner.textContent = document.documentElement.lang === 'pl'
        ? 'Brak połączenia. Odpowiedź nie jest jeszcze zapisana; ponawiam…'
        : 'No connection. The answer is not saved yet; trying again…';
      document.body.appendChild(banner);
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
  });
})();
