/** Separating the sign-in part of a repository URL from the rest, so only its shape is kept. */
import type { UrlSignIn } from './state.js';

const SCHEME = /^[a-z][a-z0-9+.-]*:\/\//i;
/** What follows the user info: a dotted host name, an optional port, then the path or the end. */
const HOST = /^[a-z0-9-]+(\.[a-z0-9-]+)+(:\d+)?([/?#]|$)/i;
/**
 * Any host a URL parser accepts: a bracketed IPv6 address or a name without delimiters (a single
 * label such as an internal GitHub Enterprise host, `_`, a trailing dot), then an optional, maybe
 * empty, port. Tried only when no dotted host matched, so a secret is never kept for want of a dot.
 */
const ANY_HOST = /^(\[[0-9a-f:.]+\]|[^/?#@:[\]]+)(:\d*)?([/?#]|$)/i;

type Split = { location: string; signIn: UrlSignIn };

/** The split at the first `@` followed by `host`, or nothing when the text starts with a host or no `@` is. */
function splitAt(scheme: string, rest: string, host: RegExp): Split | undefined {
  // Starts with a host already: any later `@` is in the path, query or fragment.
  if (host.test(rest)) return { location: `${scheme}${rest}`, signIn: 'none' };
  for (let at = rest.indexOf('@'); at >= 0; at = rest.indexOf('@', at + 1)) {
    if (!host.test(rest.slice(at + 1))) continue;
    const userInfo = rest.slice(0, at);
    const colon = userInfo.indexOf(':');
    const signIn: UrlSignIn = colon >= 0 && colon < userInfo.length - 1 ? 'user-and-secret' : userInfo ? 'user' : 'none';
    return { location: `${scheme}${rest.slice(at + 1)}`, signIn };
  }
  return undefined;
}

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

function splitUserInfo(location: string): Split {
  const scheme = SCHEME.exec(location)?.[0];
  if (!scheme) return { location, signIn: 'none' };
  const rest = location.slice(scheme.length);
  return splitAt(scheme, rest, HOST) ?? splitAt(scheme, rest, ANY_HOST) ?? { location, signIn: 'none' };
}
