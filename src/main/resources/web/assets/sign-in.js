// Signs in with the API; the service answers with the HttpOnly session cookie that the pages then use.
document.addEventListener('DOMContentLoaded', () => {
  const form = document.getElementById('sign-in');
  form.addEventListener('submit', async event => {
    event.preventDefault();
    const error = document.getElementById('error');
    error.hidden = true;
    const response = await fetch('/api/v1/auth/sign-in', {
      method: 'POST', credentials: 'same-origin', headers: {'Content-Type': 'application/json'},
      body: JSON.stringify({username: form.username.value, password: form.password.value})
    });
    if (!response.ok) {
      error.textContent = t('signIn.failed');
      error.hidden = false;
      return;
    }
    form.password.value = '';
    location.assign('/officer.html');
  });
});
