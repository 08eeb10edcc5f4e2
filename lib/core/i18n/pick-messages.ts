// The part of a language's messages that the browser needs. Every message
// handed to NextIntlClientProvider travels in the page's HTML (inside React's
// payload) whether or not the page shows it; a page sends only the namespaces
// its client components translate with (components/layout/client-messages.tsx).

export type MessageTree = { [key: string]: string | MessageTree };

/**
 * The messages at `paths` ("share", or "share.ui" for one branch of it), in
 * their places in the tree; a path that names no messages is an error, so a
 * renamed namespace cannot silently leave a page without its words.
 */
export function pickMessages(messages: MessageTree, paths: readonly string[]): MessageTree {
  const picked: MessageTree = {};
  // a whole namespace first, so a branch of it already taken is not copied again
  const ordered = [...new Set(paths)].sort((a, b) => a.split(".").length - b.split(".").length);
  const taken: string[] = [];
  for (const path of ordered) {
    if (taken.some((t) => path === t || path.startsWith(`${t}.`))) continue;
    const keys = path.split(".");
    let source: string | MessageTree | undefined = messages;
    for (const key of keys) source = typeof source === "object" ? source[key] : undefined;
    if (source === undefined) throw new Error(`no messages at "${path}"`);
    let target = picked;
    for (const key of keys.slice(0, -1)) target = (target[key] ??= {}) as MessageTree;
    target[keys[keys.length - 1]!] = source;
    taken.push(path);
  }
  return picked;
}
