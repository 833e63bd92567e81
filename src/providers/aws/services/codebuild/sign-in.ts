/** Separating the sign-in part of a repository URL from the rest, so only its shape is kept. */
import type { UrlSignIn } from './state.js';

const SCHEME = /^[a-z][a-z0-9+.-]*:\/\//i;
/** What follows the user info: a dotted host name, an optional port, then the path or the end. */
const HOST = /^[a-z0-9-]+(\.[a-z0-9-]+)+(:\d+)?([/?#]|$)/i;

/**
 * The location without its user info, and what that user info held. Pasted secrets are often
 * not percent-encoded and may contain `/` or `@`, so the user info ends at the first `@` that is
 * followed by a host name, not at the first `/`.
 */
export function splitSignIn(location: string): { location: string; signIn: UrlSignIn } {
  const split = splitUserInfo(location);
  const query = redactQuery(split.location);
  // A secret anywhere outranks a bare user name; a user name with a secret already says it all.
  const signIn = query.secret && split.signIn !== 'user-and-secret' ? 'query-secret' : split.signIn;
  return { location: query.location, signIn };
}

/**
 * Query parameters that carry a credential: GitHub's `access_token`, GitLab's `private_token`, a
 * password, an API key or a signature. Their values are replaced so the secret never reaches the snapshot.
 */
const SECRET_PARAM = /token|passw|secret|api_?key|credential|^sig(nature)?$|^auth/i;

function redactQuery(location: string): { location: string; secret: boolean } {
  const q = location.indexOf('?');
  if (q < 0) return { location, secret: false };
  const hash = location.indexOf('#', q);
  const end = hash < 0 ? location.length : hash;
  let secret = false;
  const params = location
    .slice(q + 1, end)
    .split('&')
    .map((p) => {
      const eq = p.indexOf('=');
      if (eq < 0 || eq === p.length - 1 || !SECRET_PARAM.test(p.slice(0, eq))) return p;
      secret = true;
      return `${p.slice(0, eq)}=[redacted]`;
    });
  return { location: `${location.slice(0, q + 1)}${params.join('&')}${location.slice(end)}`, secret };
}

function splitUserInfo(location: string): { location: string; signIn: UrlSignIn } {
  const scheme = SCHEME.exec(location)?.[0];
  if (!scheme) return { location, signIn: 'none' };
  const rest = location.slice(scheme.length);
  // Starts with a host already: any later `@` is in the path, query or fragment.
  if (HOST.test(rest)) return { location, signIn: 'none' };
  for (let at = rest.indexOf('@'); at >= 0; at = rest.indexOf('@', at + 1)) {
    if (HOST.test(rest.slice(at + 1))) return cut(scheme, rest, at);
  }
  // A single-label host (an internal Git server such as `gitserver:8443`), only when what precedes the
  // `@` cannot be a path: otherwise `gitserver/o/r?ref=a@b` would lose its path.
  const at = rest.indexOf('@');
  if (at >= 0 && !/[/?#]/.test(rest.slice(0, at)) && SINGLE_LABEL_HOST.test(rest.slice(at + 1))) return cut(scheme, rest, at);
  return { location, signIn: 'none' };
}

const SINGLE_LABEL_HOST = /^[a-z0-9-]+(:\d+)?([/?#]|$)/i;

function cut(scheme: string, rest: string, at: number): { location: string; signIn: UrlSignIn } {
  const userInfo = rest.slice(0, at);
  const colon = userInfo.indexOf(':');
  const signIn: UrlSignIn = colon >= 0 && colon < userInfo.length - 1 ? 'user-and-secret' : userInfo ? 'user' : 'none';
  return { location: `${scheme}${rest.slice(at + 1)}`, signIn };
}
