import type { Language } from '../core/languages.ts';

/**
 * Questions partners ask, typed the way they type them (lower case, no accents where they
 * skip them, compounds and everyday words, Chinese without spaces), and the pages that answer
 * each: a page a partner would take for the answer, not any page of a section. An answer
 * ending in `/` is one page (its path below `/<lang>/`); one without is the verdicts of one
 * case, e.g. every role's verdict (bench/search.ts refuses an answer that names no built
 * page or more than one case's verdicts). `npm run bench` (bench/search.ts) gives the share
 * of questions that find one of their pages among the first five results.
 *
 * Two sets: `SEARCH_QUESTIONS`, the questions the search has been measured and improved
 * with, and `HELD_OUT_QUESTIONS`, written in each language's own words and never used to
 * change the search: its figure says how the search does on questions it was not fitted
 * to. Add a question when a partner asks one the search missed; raise a figure by making
 * search better for every question, never by rewording one.
 */
export interface SearchQuestion {
  query: string;
  answers: readonly string[];
}

const MS = 'trees/microsoft-programs/';
const MS_LICENSES = 'trees/microsoft-programs/cloud-global.service-license-based.role-';
const MS_AZURE = 'trees/microsoft-programs/cloud-global.service-usage-based/';
const CSP = 'trees/csp-partner/';
const CSP_VERDICTS = 'trees/csp-partner/cloud-global.service-';
const CSP_LICENSES = 'trees/csp-partner/cloud-global.service-license-based/';
const CSP_AZURE = 'trees/csp-partner/cloud-global.service-usage-based/';
const ADVISOR = 'trees/former-advisor/';
const ADVISOR_VERDICTS = 'trees/former-advisor/cloud-global.service-';
const OTHER = 'trees/other-sellers/';
const SYNDICATION = 'trees/other-sellers/cloud-global.origin-syndication-partner/';
const THIRD_PARTY = 'trees/other-sellers/cloud-global.origin-third-party.service-';
const THIRD_PARTY_AZURE =
  'trees/other-sellers/cloud-global.origin-third-party.service-usage-based/';
const VIANET = ['guide/21vianet/', 'trees/21vianet/', 'trees/21vianet/cloud-21vianet.service-'];
const LINK = 'guide/invitation-link/';
const INDIRECT = 'guide/indirect/';
const KINDS = 'guide/license-vs-usage/';
const GLOSSARY = 'glossary/';
const CHANGES = 'changes/';
const ACCEPT = 'accept/';
const QUIZ = 'training/quiz/';
const TROUBLESHOOT = 'troubleshoot/';
/** Troubleshooting: one cause each. */
const RESELLER = 'troubleshoot/kind-reseller.cloud-global.';
const NOT_ADMIN = `${RESELLER}tenant-global.stage-accept.sign-permission/`;
const AGREEMENT = `${RESELLER}tenant-global.stage-accept.sign-agreement/`;
const COUNTRY = `${RESELLER}tenant-global.stage-accept.sign-country/`;
const NOT_LISTED = `${RESELLER}tenant-global.stage-after/`;
const LINK_ALTERED = `${RESELLER}tenant-global.stage-link/`;
const OTHER_ACCOUNT = `${RESELLER}tenant-global.stage-sign-in/`;
const NO_TENANT = `${RESELLER}tenant-none/`;
const OTHER_CLOUD = `${RESELLER}tenant-21vianet/`;
const GDAP = 'troubleshoot/kind-gdap.cloud-global.tenant-global.';
const GDAP_EXPIRED = `${GDAP}stage-accept.sign-expired/`;
const GDAP_DECIDED = `${GDAP}stage-accept.sign-already-decided/`;
const GDAP_EA = `${GDAP}stage-after/`;
const GDAP_21VIANET = 'troubleshoot/kind-gdap.cloud-21vianet.tenant-global/';
const PROVIDER_CANNOT_ORDER =
  'troubleshoot/kind-indirect-reseller.cloud-global.tenant-global.stage-after.sign-provider-cannot-order/';
const CANNOT_ACCEPT = [TROUBLESHOOT, ACCEPT, NOT_ADMIN];

export const SEARCH_QUESTIONS: Record<Language, readonly SearchQuestion[]> = {
  en: [
    { query: 'customer bought office 365 directly from microsoft', answers: [MS, MS_LICENSES] },
    { query: 'EA customer azure move to csp', answers: [MS_AZURE, MS] },
    { query: 'customer has azure from another csp partner', answers: [CSP_AZURE, CSP] },
    { query: 'transfer azure subscription to new partner', answers: [CSP_AZURE, CHANGES] },
    { query: 'indirect reseller send invitation link', answers: [INDIRECT, LINK] },
    { query: 'who sends the invitation in the indirect model', answers: [INDIRECT] },
    { query: '21vianet multichannel', answers: VIANET },
    { query: 'partner center china azure', answers: VIANET },
    { query: 'what is gdap', answers: [GLOSSARY, LINK] },
    { query: 'dap replaced by gdap', answers: [GLOSSARY, CHANGES] },
    { query: 'invitation link parts explained', answers: [LINK] },
    { query: 'check my invitation link', answers: [LINK] },
    { query: 'global admin accept invitation', answers: [ACCEPT, NOT_ADMIN] },
    { query: 'open license customer renew', answers: [MS, MS_LICENSES] },
    {
      query: 'customer bought while we were in the advisor program',
      answers: [ADVISOR, ADVISOR_VERDICTS],
    },
    { query: 'syndication partner customer', answers: [SYNDICATION, OTHER] },
    { query: 'subscription from a third party seller', answers: [THIRD_PARTY, OTHER] },
    { query: 'license based vs usage based', answers: [KINDS] },
    { query: 'usage based services azure multichannel', answers: [KINDS] },
    { query: 'partner of record', answers: [GLOSSARY] },
    { query: 'delegated admin privileges indirect provider', answers: [INDIRECT, GLOSSARY] },
    { query: 'which reseller gets admin rights', answers: [INDIRECT] },
    { query: 'quiz for new resellers', answers: [QUIZ] },
    { query: 'browser extension for partner center', answers: ['extension/'] },
    { query: 'sources multichannel documentation', answers: ['sources/'] },
    { query: 'what changed since the documents', answers: [CHANGES] },
    { query: 'wait for end of term or cancel', answers: [CSP_LICENSES] },
    { query: 'create new azure subscription in csp', answers: [MS_AZURE, THIRD_PARTY_AZURE] },
    { query: 'microsoft customer agreement accept', answers: [AGREEMENT, ACCEPT] },
    { query: "customer can't accept the invitation", answers: CANNOT_ACCEPT },
    { query: 'customer accepted but not showing in customer list', answers: [NOT_LISTED] },
    { query: 'gdap request expired', answers: [GDAP_EXPIRED] },
    { query: 'opened invitation link with wrong account', answers: [OTHER_ACCOUNT] },
    { query: 'customer has no tenant yet', answers: [NO_TENANT] },
    { query: 'provider cannot order for my customer', answers: [PROVIDER_CANNOT_ORDER] },
  ],
  de: [
    { query: 'kunde hat office 365 direkt bei microsoft gekauft', answers: [MS, MS_LICENSES] },
    { query: 'EA kunde azure zu csp', answers: [MS_AZURE, MS] },
    { query: 'azure abo von anderem csp partner', answers: [CSP_AZURE, CSP] },
    { query: 'Azureabonnement übertragen', answers: [CSP_AZURE, CHANGES] },
    { query: 'indirekter reseller einladung senden', answers: [INDIRECT, LINK] },
    { query: 'wer schickt die einladung im indirekten modell', answers: [INDIRECT] },
    { query: '21vianet multichannel', answers: VIANET },
    { query: 'partner center china azure', answers: VIANET },
    { query: 'was ist gdap', answers: [GLOSSARY, LINK] },
    { query: 'dap abgelöst durch gdap', answers: [GLOSSARY, CHANGES] },
    { query: 'einladungslink aufbau', answers: [LINK] },
    { query: 'einladungslink prüfen', answers: [LINK] },
    { query: 'globaler administrator einladung annehmen', answers: [ACCEPT, NOT_ADMIN] },
    { query: 'open lizenz kunde verlängern', answers: [MS, MS_LICENSES] },
    {
      query: 'kunde hat bei uns im advisor programm gekauft',
      answers: [ADVISOR, ADVISOR_VERDICTS],
    },
    { query: 'syndication partner kunde', answers: [SYNDICATION, OTHER] },
    { query: 'abonnement von drittanbieter', answers: [THIRD_PARTY, OTHER] },
    { query: 'lizenzbasiert oder nutzungsbasiert', answers: [KINDS] },
    { query: 'Lizenzverkauf indirekter Reseller', answers: [INDIRECT, KINDS] },
    { query: 'partner of record', answers: [GLOSSARY] },
    {
      query: 'delegierte administratorrechte indirekter anbieter',
      answers: [INDIRECT, GLOSSARY],
    },
    { query: 'welcher reseller bekommt die adminrechte', answers: [INDIRECT] },
    { query: 'quiz für neue reseller', answers: [QUIZ] },
    { query: 'browsererweiterung partner center', answers: ['extension/'] },
    { query: 'quellen multichannel dokumentation', answers: ['sources/'] },
    { query: 'was hat sich seit den quellen geändert', answers: [CHANGES] },
    { query: 'laufzeitende abwarten oder kündigen', answers: [CSP_LICENSES] },
    { query: 'neues azure abonnement in csp erstellen', answers: [MS_AZURE, THIRD_PARTY_AZURE] },
    { query: 'nutzungsbasierte dienste multichannel', answers: [KINDS] },
    { query: 'kundenvereinbarung bestätigen', answers: [AGREEMENT, ACCEPT] },
    { query: 'kunde kann einladung nicht annehmen', answers: CANNOT_ACCEPT },
    { query: 'einladung angenommen aber kunde taucht nicht auf', answers: [NOT_LISTED] },
    { query: 'gdap anfrage abgelaufen', answers: [GDAP_EXPIRED] },
    { query: 'mit falschem konto angemeldet', answers: [OTHER_ACCOUNT] },
    { query: 'kunde hat noch keinen mandanten', answers: [NO_TENANT] },
    { query: 'distributor kann für den kunden nicht bestellen', answers: [PROVIDER_CANNOT_ORDER] },
  ],
  zh: [
    { query: '客户直接从微软购买的office 365', answers: [MS, MS_LICENSES] },
    { query: '企业协议客户的azure转到csp', answers: [MS_AZURE, MS] },
    { query: '从其他csp合作伙伴购买的azure', answers: [CSP_AZURE, CSP] },
    { query: 'azure订阅转移给新合作伙伴', answers: [CSP_AZURE, CHANGES] },
    { query: '间接经销商发送邀请', answers: [INDIRECT, LINK] },
    { query: '间接模式下谁发送邀请', answers: [INDIRECT] },
    { query: '世纪互联多渠道', answers: VIANET },
    { query: '中国合作伙伴中心azure', answers: VIANET },
    { query: '什么是gdap', answers: [GLOSSARY, LINK] },
    { query: 'dap被gdap取代', answers: [GLOSSARY, CHANGES] },
    { query: '邀请链接的组成', answers: [LINK] },
    { query: '检查邀请链接', answers: [LINK] },
    { query: '全局管理员接受邀请', answers: [ACCEPT, NOT_ADMIN] },
    { query: 'open许可客户续订', answers: [MS, MS_LICENSES] },
    { query: '顾问计划期间从我们这里购买', answers: [ADVISOR, ADVISOR_VERDICTS] },
    { query: '联合合作伙伴的客户', answers: [SYNDICATION, OTHER] },
    { query: '第三方销售商的订阅', answers: [THIRD_PARTY, OTHER] },
    { query: '基于许可证和基于使用情况的区别', answers: [KINDS] },
    { query: '间接经销商和直接合作伙伴的区别', answers: [INDIRECT] },
    { query: 'partner of record', answers: [GLOSSARY] },
    { query: '间接提供商委派管理权限', answers: [INDIRECT, GLOSSARY] },
    { query: '哪个经销商获得管理权限', answers: [INDIRECT] },
    { query: '新经销商培训测验', answers: [QUIZ] },
    { query: '合作伙伴中心浏览器扩展', answers: ['extension/'] },
    { query: '多渠道文档来源', answers: ['sources/'] },
    { query: '来源文档之后有什么变化', answers: [CHANGES] },
    { query: '等待订阅期结束或取消', answers: [CSP_LICENSES] },
    { query: '在csp中新建azure订阅', answers: [MS_AZURE, THIRD_PARTY_AZURE] },
    { query: '基于使用情况的服务多渠道', answers: [KINDS] },
    { query: '客户协议接受', answers: [AGREEMENT, ACCEPT] },
    { query: '客户无法接受邀请', answers: CANNOT_ACCEPT },
    { query: '已经接受邀请但客户列表里看不到客户', answers: [NOT_LISTED] },
    { query: 'gdap请求过期了', answers: [GDAP_EXPIRED] },
    { query: '用错账号登录了', answers: [OTHER_ACCOUNT] },
    { query: '客户还没有租户', answers: [NO_TENANT] },
    { query: '分销商没法给客户下单', answers: [PROVIDER_CANNOT_ORDER] },
  ],
};

export const HELD_OUT_QUESTIONS: Record<Language, readonly SearchQuestion[]> = {
  en: [
    { query: 'invite link not working', answers: [TROUBLESHOOT, LINK, LINK_ALTERED] },
    { query: 'safe links changed the invitation url', answers: [LINK_ALTERED, LINK] },
    { query: 'customer in a different country than the partner', answers: [COUNTRY] },
    { query: 'link is for the 21vianet cloud', answers: [OTHER_CLOUD, GDAP_21VIANET] },
    { query: 'gdap already approved', answers: [GDAP_DECIDED] },
    { query: 'gdap customer bought through enterprise agreement', answers: [GDAP_EA] },
    { query: 'can a customer switch csp reseller', answers: [CSP, CSP_VERDICTS] },
    { query: 'advisor customers move to csp', answers: [ADVISOR, ADVISOR_VERDICTS] },
    { query: 'does multichannel work for azure', answers: [KINDS] },
    { query: 'what is a partner id', answers: [GLOSSARY] },
    { query: 'indirect provider vs indirect reseller', answers: [INDIRECT] },
    { query: 'customer agreement not signed', answers: [AGREEMENT] },
  ],
  de: [
    { query: 'einladungslink geht nicht', answers: [TROUBLESHOOT, LINK, LINK_ALTERED] },
    { query: 'link in der mail kaputt safe links', answers: [LINK_ALTERED, LINK] },
    { query: 'kunde sitzt in einem anderen land', answers: [COUNTRY] },
    { query: 'link für die falsche cloud', answers: [OTHER_CLOUD, GDAP_21VIANET] },
    { query: 'gdap schon genehmigt', answers: [GDAP_DECIDED] },
    { query: 'kunde hat ea vertrag gdap', answers: [GDAP_EA] },
    { query: 'kunde will von anderem csp zu uns wechseln', answers: [CSP, CSP_VERDICTS] },
    { query: 'ehemalige advisor kunden übernehmen', answers: [ADVISOR, ADVISOR_VERDICTS] },
    { query: 'gilt multichannel auch für azure', answers: [KINDS] },
    { query: 'was ist die partner id', answers: [GLOSSARY] },
    { query: 'unterschied distributor und reseller', answers: [INDIRECT] },
    { query: 'kundenvereinbarung nicht akzeptiert', answers: [AGREEMENT] },
  ],
  zh: [
    { query: '邀请链接打不开', answers: [TROUBLESHOOT, LINK, LINK_ALTERED] },
    { query: '邮件里的链接被改了', answers: [LINK_ALTERED, LINK] },
    { query: '客户和合作伙伴不在同一个国家', answers: [COUNTRY] },
    { query: '链接是另一个云的', answers: [OTHER_CLOUD, GDAP_21VIANET] },
    { query: 'gdap已经批准过了', answers: [GDAP_DECIDED] },
    { query: '客户通过ea购买的gdap', answers: [GDAP_EA] },
    { query: '客户想从别的csp换到我们这里', answers: [CSP, CSP_VERDICTS] },
    { query: '以前advisor的客户怎么转csp', answers: [ADVISOR, ADVISOR_VERDICTS] },
    { query: 'azure支持多渠道吗', answers: [KINDS] },
    { query: '合作伙伴id是什么', answers: [GLOSSARY] },
    { query: '间接提供商和间接经销商有什么不同', answers: [INDIRECT] },
    { query: '客户协议没有确认', answers: [AGREEMENT] },
  ],
};
