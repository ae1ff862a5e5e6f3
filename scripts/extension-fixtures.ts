/**
 * Writes the Partner Center fixture pages (test/fixtures/partner-center/<kind>.<lng>.html):
 * one page per page kind and language, imitating the portal's markup closely enough for the
 * extension's anchors, with hostile page CSS to prove the overlay's isolation. Run
 * `npx tsx scripts/extension-fixtures.ts && npx prettier --write test/fixtures/partner-center`
 * after changing this file; the pages are committed.
 * The 5,000-row list for the bench is made at test time by spa.js (`?rows=5000`).
 */
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';

type Lng = 'de' | 'en' | 'zh';
const DIR = join(import.meta.dirname, '..', 'test', 'fixtures', 'partner-center');

export const PARTNER_TENANT = '3f2504e0-4f89-41d3-9a0c-0305e82c3301';
export const CUSTOMER_TENANT = '9b1deb4d-3b7d-4bad-9bdd-2b0d7b3dcb6d';

const T = {
  de: {
    htmlLang: 'de-DE',
    customers: 'Kunden',
    customer: 'Contoso GmbH',
    request: 'Reseller-Beziehung anfordern',
    resellers: 'Indirekte Reseller',
    company: 'Firmenname',
    domain: 'Primäre Domäne',
    tenant: 'Microsoft-ID',
    subscriptions: 'Abonnements',
    users: 'Benutzer',
    intro:
      'Senden Sie diese E-Mail an den Kunden. Der Link ist mit Ihrem Konto verknüpft und enthält keine Kundeninformationen.',
    dap: 'Delegierte Administratorrechte einschließen',
    draft:
      'Sehr geehrte Kundin, sehr geehrter Kunde,\n\nbitte klicken Sie auf den folgenden Link, um uns als Ihren Microsoft-Cloud-Lösungsanbieter zu autorisieren:',
    partnerIdCol: 'Partner-ID',
    status: 'Status',
    active: 'Aktiv',
  },
  en: {
    htmlLang: 'en-US',
    customers: 'Customers',
    customer: 'Contoso Ltd',
    request: 'Request a reseller relationship',
    resellers: 'Indirect resellers',
    company: 'Company name',
    domain: 'Primary domain',
    tenant: 'Microsoft ID',
    subscriptions: 'Subscriptions',
    users: 'Users',
    intro:
      'Send this e-mail to the customer. The link is tied to your account and contains no customer information.',
    dap: 'Include delegated administration privileges',
    draft:
      'Dear customer,\n\nplease click the link below to authorise us as your Microsoft Cloud Solution Provider:',
    partnerIdCol: 'Partner ID',
    status: 'Status',
    active: 'Active',
  },
  zh: {
    htmlLang: 'zh-CN',
    customers: '客户',
    customer: 'Contoso 有限公司',
    request: '请求经销商关系',
    resellers: '间接经销商',
    company: '公司名称',
    domain: '主域',
    tenant: 'Microsoft ID',
    subscriptions: '订阅',
    users: '用户',
    intro: '将此电子邮件发送给客户。此链接与你的帐户关联，不包含任何客户信息。',
    dap: '包含委派的管理权限',
    draft: '尊敬的客户：\n\n请单击以下链接，授权我们成为你的 Microsoft 云解决方案提供商：',
    partnerIdCol: '合作伙伴 ID',
    status: '状态',
    active: '活动',
  },
} as const;

const LOCALE: Record<Lng, string> = { de: 'de-de', en: 'en-us', zh: 'zh-cn' };

const directLink = `https://admin.microsoft.com/Adminportal/Home?invType=ResellerRelationship&partnerId=${PARTNER_TENANT}&msppId=0&DAP=false#/BillingAccounts/partner-invitation`;

function nav(lng: Lng): string {
  const p = `/${LOCALE[lng]}/dashboard/v2`;
  const t = T[lng];
  return `<nav aria-label="Partner Center">
      <a data-spa href="${p}/customers/list">${t.customers}</a>
      <a data-spa href="${p}/customers/${CUSTOMER_TENANT}/subscriptions">${t.customer}</a>
      <a data-spa href="${p}/customers/request-reseller-relationship">${t.request}</a>
      <a data-spa href="${p}/indirect-resellers/list">${t.resellers}</a>
      <a data-spa href="${p}/indirect-resellers/request-reseller-relationship">${t.resellers}: ${t.request}</a>
    </nav>`;
}

const customers = [
  ['Contoso Ltd', 'contoso.onmicrosoft.com', CUSTOMER_TENANT],
  ['Fabrikam Inc', 'fabrikam.onmicrosoft.com', '1c7a2a1e-5a3b-4d7e-8f60-0a1b2c3d4e5f'],
  ['Northwind Traders', 'northwind.onmicrosoft.com', '6e8bc430-9c3a-11d9-9669-0800200c9a66'],
];

function main(kind: string, lng: Lng): string {
  const t = T[lng];
  const p = `/${LOCALE[lng]}/dashboard/v2`;
  switch (kind) {
    case 'customer-list':
      return `<h1>${t.customers}</h1>
      <table role="grid" id="customer-table">
        <thead><tr><th>${t.company}</th><th>${t.domain}</th><th>${t.tenant}</th></tr></thead>
        <tbody>${customers
          .map(
            ([name, domain, id]) =>
              `<tr><td><a data-spa href="${p}/customers/${id}/subscriptions">${name}</a></td><td>${domain}</td><td>${id}</td></tr>`,
          )
          .join('')}</tbody>
      </table>`;
    case 'customer':
      return `<h1>${t.customer}</h1>
      <div role="tablist"><a role="tab" aria-selected="true" data-spa href="${p}/customers/${CUSTOMER_TENANT}/subscriptions">${t.subscriptions}</a>
      <a role="tab" data-spa href="${p}/customers/${CUSTOMER_TENANT}/users">${t.users}</a></div>
      <section><h2>${t.subscriptions}</h2><ul><li>Microsoft 365 E3 (25)</li><li>Azure plan</li></ul></section>`;
    case 'request-relationship-direct':
    case 'request-relationship-indirect':
      return `<h1>${kind === 'request-relationship-indirect' ? `${t.resellers}: ` : ''}${t.request}</h1>
      <p>${t.intro}</p>
      <label><input type="checkbox" id="include-dap" /> ${t.dap}</label>
      <textarea id="invitation-email" rows="8" readonly>${t.draft}\n\n${directLink}\n</textarea>`;
    case 'indirect-resellers':
      return `<h1>${t.resellers}</h1>
      <table role="grid"><thead><tr><th>${t.company}</th><th>${t.tenant}</th><th>${t.partnerIdCol}</th><th>${t.status}</th></tr></thead>
      <tbody><tr><td>Adatum Reseller</td><td>c56a4180-65aa-42ec-a945-5fd21dec0538</td><td>4847383</td><td>${t.active}</td></tr></tbody></table>`;
  }
  throw new Error(kind);
}

export const FIXTURE_KINDS = [
  'customer-list',
  'customer',
  'request-relationship-direct',
  'request-relationship-indirect',
  'indirect-resellers',
] as const;

for (const kind of FIXTURE_KINDS) {
  for (const lng of ['de', 'en', 'zh'] as const) {
    const html = `<!doctype html>
<!-- Fixture imitating Partner Center (${kind}, ${lng}). Generated by scripts/extension-fixtures.ts. -->
<html lang="${T[lng].htmlLang}">
  <head>
    <meta charset="utf-8" />
    <title>Partner Center</title>
    <link rel="stylesheet" href="/__fixtures/portal.css" />
  </head>
  <body>
    <header class="ms-header">Partner Center</header>
    ${nav(lng)}
    <main id="app" data-fixture="${kind}">
      ${main(kind, lng)}
    </main>
    <script src="/__fixtures/spa.js"></script>
  </body>
</html>
`;
    writeFileSync(join(DIR, `${kind}.${lng}.html`), html);
  }
}
console.log(`Wrote ${FIXTURE_KINDS.length * 3} fixture pages to ${DIR}`);
