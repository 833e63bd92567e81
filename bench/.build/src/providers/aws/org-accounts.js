/** ListAccounts reports `State` today; older answers (and some emulators) only the deprecated `Status`. */
function isActive(a) {
  return (a.State ?? a.Status) === 'ACTIVE';
}
function toOrgAccount(a) {
  if (!a.Id) return undefined;
  // arn:<partition>:organizations::<management>:account/o-…/<id>
  const partition = a.Arn?.split(':')[1] || 'aws';
  return { id: a.Id, ...(a.Name ? { name: a.Name } : {}), partition };
}
async function allAccounts(client) {
  const { paginateListAccounts } = await import('@aws-sdk/client-organizations');
  const out = [];
  for await (const page of paginateListAccounts({ client }, {})) out.push(...(page.Accounts ?? []));
  return out;
}
/** Accounts directly under a parent, then under each child OU, depth first. */
async function accountsUnder(client, parentId, seen) {
  if (seen.has(parentId)) return [];
  seen.add(parentId);
  const { paginateListAccountsForParent, paginateListChildren } = await import('@aws-sdk/client-organizations');
  const out = [];
  for await (const page of paginateListAccountsForParent({ client }, { ParentId: parentId })) out.push(...(page.Accounts ?? []));
  const children = [];
  for await (const page of paginateListChildren({ client }, { ParentId: parentId, ChildType: 'ORGANIZATIONAL_UNIT' })) {
    for (const c of page.Children ?? []) if (c.Id) children.push(c.Id);
  }
  for (const child of children) out.push(...(await accountsUnder(client, child, seen)));
  return out;
}
export async function listOrgAccounts(client, filter = {}) {
  let raw;
  if (filter.ous?.length) {
    const seen = new Set();
    raw = [];
    for (const ou of filter.ous) raw.push(...(await accountsUnder(client, ou, seen)));
  } else {
    raw = await allAccounts(client);
  }
  const byId = new Map();
  for (const a of raw) if (a.Id) byId.set(a.Id, a);
  const include = filter.include?.length ? new Set(filter.include) : undefined;
  const exclude = new Set(filter.exclude ?? []);
  const accounts = [];
  const inactive = [];
  for (const a of byId.values()) {
    if (include && !include.has(a.Id)) continue;
    if (exclude.has(a.Id)) continue;
    if (!isActive(a)) {
      inactive.push(a.Id);
      continue;
    }
    const acct = toOrgAccount(a);
    if (acct) accounts.push(acct);
  }
  const found = new Set(accounts.map((a) => a.id));
  const missing = [...(include ?? [])].filter((id) => !found.has(id) && !inactive.includes(id) && !exclude.has(id)).sort();
  return { accounts: accounts.sort((a, b) => a.id.localeCompare(b.id)), missing, inactive: inactive.sort() };
}
