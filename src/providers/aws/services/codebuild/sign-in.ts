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
  const scheme = SCHEME.exec(location)?.[0];
  if (!scheme) return { location, signIn: 'none' };
  const rest = location.slice(scheme.length);
  // Starts with a host already: any later `@` is in the path, query or fragment.
  if (HOST.test(rest)) return { location, signIn: 'none' };
  for (let at = rest.indexOf('@'); at >= 0; at = rest.indexOf('@', at + 1)) {
    if (!HOST.test(rest.slice(at + 1))) continue;
    const userInfo = rest.slice(0, at);
    const colon = userInfo.indexOf(':');
    const signIn: UrlSignIn = colon >= 0 && colon < userInfo.length - 1 ? 'user-and-secret' : userInfo ? 'user' : 'none';
    return { location: `${scheme}${rest.slice(at + 1)}`, signIn };
  }
  return { location, signIn: 'none' };
}
