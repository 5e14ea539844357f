// Calls to the platform through the gateway: reads with the session cookie, writes with the CSRF token the gateway
// hands out as the XSRF-TOKEN cookie (sent back as X-XSRF-TOKEN). A refusal (problem+json) becomes an ApiError
// whose message is the problem's Chinese `detail`.

export class ApiError extends Error {
  constructor(status, problem) {
    super((problem && (problem.detail || problem.title)) || `请求失败（HTTP ${status}）`);
    this.status = status;
    this.problem = problem || {};
  }
}

export function csrfToken() {
  const match = document.cookie.split(';').map(s => s.trim()).find(s => s.startsWith('XSRF-TOKEN='));
  return match ? decodeURIComponent(match.substring('XSRF-TOKEN='.length)) : '';
}

async function answer(response) {
  const type = response.headers.get('Content-Type') || '';
  const body = type.includes('json') ? await response.json().catch(() => null) : null;
  if (!response.ok) {
    throw new ApiError(response.status, body);
  }
  return body;
}

export async function getJson(path) {
  const response = await fetch(path, { headers: { Accept: 'application/json' }, credentials: 'same-origin' });
  return answer(response);
}

export async function postJson(path, body) {
  const response = await fetch(path, {
    method: 'POST',
    credentials: 'same-origin',
    headers: { 'Content-Type': 'application/json', Accept: 'application/json', 'X-XSRF-TOKEN': csrfToken() },
    body: JSON.stringify(body),
  });
  return answer(response);
}

/** The page's query parameter, or the fallback. */
export function param(name, fallback) {
  const v = new URLSearchParams(location.search).get(name);
  return v === null || v === '' ? fallback : v;
}
