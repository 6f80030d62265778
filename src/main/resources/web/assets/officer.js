// The officer's start page: who is signed in and the unit's screenings (no personal data in this list).
async function api(path) {
  const response = await fetch(path, {credentials: 'same-origin', headers: {'Accept': 'application/json'}});
  if (response.status === 401) {
    location.assign('/');
    throw new Error('signed out');
  }
  return response.json();
}

let screenings = [];

function render() {
  const body = document.querySelector('#screenings tbody');
  body.replaceChildren(...screenings.map(s => {
    const row = document.createElement('tr');
    for (const text of [new Date(s.createdAt).toLocaleString(document.documentElement.lang), s.checklist, t('status.' + s.status)]) {
      const cell = document.createElement('td');
      cell.textContent = text;
      row.append(cell);
    }
    return row;
  }));
  document.getElementById('empty').hidden = screenings.length > 0;
}

document.addEventListener('waymark:translated', render);
document.addEventListener('DOMContentLoaded', async () => {
  const me = await api('/api/v1/auth/me');
  document.getElementById('who').textContent = me.username;
  screenings = await api('/api/v1/screenings');
  render();
  document.getElementById('sign-out').addEventListener('click', async () => {
    await fetch('/api/v1/auth/sign-out', {method: 'POST', credentials: 'same-origin'});
    location.assign('/');
  });
});
