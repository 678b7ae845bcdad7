/** What a link destination points at, as far as the repository is concerned. */
export type Destination =
  /** `#heading`: a place in the same document. */
  | { kind: 'same-document'; fragment: string }
  /** A path inside the repository: relative to the document, or to the root when it starts with `/`. */
  | { kind: 'relative'; path: string; fromRoot: boolean; fragment?: string }
  /** `https://...`, `mailto:`, `webcal://`, `//host/...`: somewhere else. */
  | { kind: 'absolute'; url: string }
  /** A destination the tool cannot read (bad percent-encoding): left alone. */
  | { kind: 'unreadable' };

// A URL scheme as RFC 3986 defines it; a Windows drive letter (`C:`) is not one users write in links.
const schemePattern = /^[a-z][a-z0-9+.-]*:/i;

/**
 * Sorts a link destination into same-document anchor, repository path or elsewhere, with
 * the path percent-decoded (GitHub serves `a%20b.md` as the file `a b.md`).
 */
export function classifyDestination(url: string): Destination {
  if (schemePattern.test(url) || url.startsWith('//')) return { kind: 'absolute', url };
  const hash = url.indexOf('#');
  const beforeHash = hash < 0 ? url : url.slice(0, hash);
  const fragment = hash < 0 ? undefined : decodeOrUndefined(url.slice(hash + 1));
  if (hash >= 0 && fragment === undefined) return { kind: 'unreadable' };
  const query = beforeHash.indexOf('?');
  const rawPath = query < 0 ? beforeHash : beforeHash.slice(0, query);
  if (rawPath === '') return fragment === undefined ? { kind: 'unreadable' } : { kind: 'same-document', fragment };
  const path = decodeOrUndefined(rawPath);
  if (path === undefined) return { kind: 'unreadable' };
  const destination: Destination = { kind: 'relative', path, fromRoot: path.startsWith('/') };
  if (fragment !== undefined) destination.fragment = fragment;
  return destination;
}

function decodeOrUndefined(text: string): string | undefined {
  try {
    return decodeURIComponent(text);
  } catch {
    return undefined;
  }
}
