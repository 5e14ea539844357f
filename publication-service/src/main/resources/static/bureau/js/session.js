// The header's signed-in reviewer (from the gateway's /bureau/session) and the sign-out form, whose CSRF field is
// filled from the XSRF-TOKEN cookie when it is sent.
import { csrfToken, getJson } from './api.js';

export async function showSession() {
  const form = document.getElementById('logout');
  if (form) {
    form.addEventListener('submit', () => {
      form.querySelector('input[name=_csrf]').value = csrfToken();
    });
  }
  const who = document.getElementById('who');
  if (!who) return;
  try {
    const me = await getJson('/bureau/session');
    const name = document.createElement('strong');
    name.id = 'user-name';
    name.textContent = me.name || me.id;
    const id = document.createElement('code');
    id.id = 'user-id';
    id.textContent = me.id;
    who.replaceChildren('已登录：', name, '（账号 ', id, '）');
  } catch (e) {
    who.textContent = '';
  }
}
