// The interface in Polish or English: elements with data-t get the text of their key; the choice is remembered.
const WAYMARK_TEXTS = {
  en: {
    'signIn.title': 'Sign in', 'signIn.username': 'User name', 'signIn.password': 'Password', 'signIn.submit': 'Sign in',
    'signIn.failed': 'Wrong user name or password, or too many attempts. Try again in a few minutes.',
    'signOut': 'Sign out', 'screenings.title': 'Screenings of your unit', 'screenings.started': 'Started',
    'screenings.checklist': 'Checklist', 'screenings.status': 'Status', 'screenings.none': 'No screenings yet.',
    'status.IN_PROGRESS': 'in progress', 'status.COMPLETED': 'completed'
  },
  pl: {
    'signIn.title': 'Logowanie', 'signIn.username': 'Nazwa użytkownika', 'signIn.password': 'Hasło', 'signIn.submit': 'Zaloguj',
    'signIn.failed': 'Błędna nazwa użytkownika lub hasło albo zbyt wiele prób. Spróbuj ponownie za kilka minut.',
    'signOut': 'Wyloguj', 'screenings.title': 'Rozmowy przesiewowe Twojej jednostki', 'screenings.started': 'Rozpoczęto',
    'screenings.checklist': 'Lista kontrolna', 'screenings.status': 'Stan', 'screenings.none': 'Brak rozmów.',
    'status.IN_PROGRESS': 'w toku', 'status.COMPLETED': 'zakończona'
  }
};

function waymarkLanguage() {
  const chosen = localStorage.getItem('waymark.lang');
  return chosen === 'pl' || chosen === 'en' ? chosen : (navigator.language || 'en').startsWith('pl') ? 'pl' : 'en';
}

function t(key) {
  return WAYMARK_TEXTS[waymarkLanguage()][key] || key;
}

function translatePage() {
  document.documentElement.lang = waymarkLanguage();
  document.querySelectorAll('[data-t]').forEach(element => { element.textContent = t(element.dataset.t); });
  document.dispatchEvent(new Event('waymark:translated'));
}

document.addEventListener('DOMContentLoaded', () => {
  document.querySelectorAll('[data-lang]').forEach(button => button.addEventListener('click', () => {
    localStorage.setItem('waymark.lang', button.dataset.lang);
    translatePage();
  }));
  translatePage();
});
