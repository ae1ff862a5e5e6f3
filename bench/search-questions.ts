import type { Language } from '../core/languages.ts';

/**
 * Questions partners ask, typed the way they type them (lower case, no accents where they
 * skip them, compounds, Chinese without spaces), and the pages that answer each: paths
 * below `/<lang>/`, as prefixes. `npm run bench` (bench/search.ts) counts how many find one
 * of their pages among the first five results. Add a question when a partner asks one the
 * search missed.
 */
export interface SearchQuestion {
  query: string;
  answers: readonly string[];
}

const TREES_MS = 'trees/microsoft-programs/';
const TREES_CSP = 'trees/csp-partner/';
const TREES_OTHER = 'trees/other-sellers/';
const TREES_ADVISOR = 'trees/former-advisor/';
const VIANET = ['guide/21vianet/', 'trees/21vianet/'];
const LINK = 'guide/invitation-link/';
const INDIRECT = 'guide/indirect/';
const KINDS = 'guide/license-vs-usage/';

export const SEARCH_QUESTIONS: Record<Language, readonly SearchQuestion[]> = {
  en: [
    { query: 'customer bought office 365 directly from microsoft', answers: [TREES_MS] },
    { query: 'EA customer azure move to csp', answers: [TREES_MS, KINDS] },
    { query: 'customer has azure from another csp partner', answers: [TREES_CSP] },
    { query: 'transfer azure subscription to new partner', answers: [TREES_CSP, 'changes/'] },
    { query: 'indirect reseller send invitation link', answers: [INDIRECT, 'trees/'] },
    { query: 'who sends the invitation in the indirect model', answers: [INDIRECT, 'trees/'] },
    { query: '21vianet multichannel', answers: VIANET },
    { query: 'partner center china azure', answers: VIANET },
    { query: 'what is gdap', answers: ['glossary/', LINK, 'changes/'] },
    { query: 'dap replaced by gdap', answers: ['changes/', 'glossary/', LINK] },
    { query: 'invitation link parts explained', answers: [LINK] },
    { query: 'check my invitation link', answers: [LINK] },
    { query: 'global admin accept invitation', answers: [LINK, 'glossary/', 'trees/'] },
    { query: 'open license customer renew', answers: [TREES_MS, 'changes/'] },
    { query: 'customer bought while we were in the advisor program', answers: [TREES_ADVISOR] },
    { query: 'syndication partner customer', answers: [TREES_OTHER] },
    { query: 'subscription from a third party seller', answers: [TREES_OTHER] },
    { query: 'license based vs usage based', answers: [KINDS] },
    { query: 'usage based services azure multichannel', answers: [KINDS, 'trees/'] },
    { query: 'partner of record', answers: ['glossary/', 'trees/', 'guide/'] },
    { query: 'delegated admin privileges indirect provider', answers: [INDIRECT, 'glossary/'] },
    { query: 'which reseller gets admin rights', answers: [INDIRECT, 'trees/'] },
    { query: 'quiz for new resellers', answers: ['training/'] },
    { query: 'print handout', answers: ['training/'] },
    { query: 'browser extension for partner center', answers: ['extension/'] },
    { query: 'sources multichannel documentation', answers: ['sources/'] },
    { query: 'what changed since the documents', answers: ['changes/'] },
    { query: 'wait for end of term or cancel', answers: ['trees/'] },
    { query: 'create new azure subscription in csp', answers: ['trees/', KINDS] },
    { query: 'microsoft customer agreement accept', answers: [LINK, 'glossary/', 'trees/'] },
  ],
  de: [
    { query: 'kunde hat office 365 direkt bei microsoft gekauft', answers: [TREES_MS] },
    { query: 'EA kunde azure zu csp', answers: [TREES_MS, KINDS] },
    { query: 'azure abo von anderem csp partner', answers: [TREES_CSP] },
    { query: 'Azureabonnement übertragen', answers: [TREES_CSP, 'changes/'] },
    { query: 'indirekter reseller einladung senden', answers: [INDIRECT, 'trees/'] },
    { query: 'wer schickt die einladung im indirekten modell', answers: [INDIRECT, 'trees/'] },
    { query: '21vianet multichannel', answers: VIANET },
    { query: 'partner center china azure', answers: VIANET },
    { query: 'was ist gdap', answers: ['glossary/', LINK, 'changes/'] },
    { query: 'dap abgelöst durch gdap', answers: ['changes/', 'glossary/', LINK] },
    { query: 'einladungslink aufbau', answers: [LINK] },
    { query: 'einladungslink prüfen', answers: [LINK] },
    { query: 'globaler administrator einladung annehmen', answers: [LINK, 'glossary/', 'trees/'] },
    { query: 'open lizenz kunde verlängern', answers: [TREES_MS, 'changes/'] },
    { query: 'kunde hat bei uns im advisor programm gekauft', answers: [TREES_ADVISOR] },
    { query: 'syndication partner kunde', answers: [TREES_OTHER] },
    { query: 'abonnement von drittanbieter', answers: [TREES_OTHER] },
    { query: 'lizenzbasiert oder nutzungsbasiert', answers: [KINDS] },
    { query: 'Lizenzverkauf indirekter Reseller', answers: ['trees/', INDIRECT, KINDS] },
    { query: 'partner of record', answers: ['glossary/', 'trees/', 'guide/'] },
    {
      query: 'delegierte administratorrechte indirekter anbieter',
      answers: [INDIRECT, 'glossary/'],
    },
    { query: 'welcher reseller bekommt die adminrechte', answers: [INDIRECT, 'trees/'] },
    { query: 'quiz für neue reseller', answers: ['training/'] },
    { query: 'handout drucken', answers: ['training/'] },
    { query: 'browsererweiterung partner center', answers: ['extension/'] },
    { query: 'quellen multichannel dokumentation', answers: ['sources/'] },
    { query: 'was hat sich seit den quellen geändert', answers: ['changes/'] },
    { query: 'laufzeitende abwarten oder kündigen', answers: ['trees/'] },
    { query: 'neues azure abonnement in csp erstellen', answers: ['trees/', KINDS] },
    { query: 'nutzungsbasierte dienste multichannel', answers: [KINDS, 'trees/'] },
  ],
  zh: [
    { query: '客户直接从微软购买的office 365', answers: [TREES_MS] },
    { query: '企业协议客户的azure转到csp', answers: [TREES_MS, KINDS] },
    { query: '从其他csp合作伙伴购买的azure', answers: [TREES_CSP] },
    { query: 'azure订阅转移给新合作伙伴', answers: [TREES_CSP, 'changes/'] },
    { query: '间接经销商发送邀请', answers: [INDIRECT, 'trees/'] },
    { query: '间接模式下谁发送邀请', answers: [INDIRECT, 'trees/'] },
    { query: '世纪互联多渠道', answers: VIANET },
    { query: '中国合作伙伴中心azure', answers: VIANET },
    { query: '什么是gdap', answers: ['glossary/', LINK, 'changes/'] },
    { query: 'dap被gdap取代', answers: ['changes/', 'glossary/', LINK] },
    { query: '邀请链接的组成', answers: [LINK] },
    { query: '检查邀请链接', answers: [LINK] },
    { query: '全局管理员接受邀请', answers: [LINK, 'glossary/', 'trees/'] },
    { query: 'open许可客户续订', answers: [TREES_MS, 'changes/'] },
    { query: '顾问计划期间从我们这里购买', answers: [TREES_ADVISOR] },
    { query: '联合合作伙伴的客户', answers: [TREES_OTHER] },
    { query: '第三方销售商的订阅', answers: [TREES_OTHER] },
    { query: '基于许可证和基于使用情况的区别', answers: [KINDS] },
    { query: '间接经销商和直接合作伙伴的区别', answers: [INDIRECT, 'trees/'] },
    { query: 'partner of record', answers: ['glossary/', 'trees/', 'guide/'] },
    { query: '间接提供商委派管理权限', answers: [INDIRECT, 'glossary/'] },
    { query: '哪个经销商获得管理权限', answers: [INDIRECT, 'trees/'] },
    { query: '新经销商培训测验', answers: ['training/'] },
    { query: '打印讲义', answers: ['training/'] },
    { query: '合作伙伴中心浏览器扩展', answers: ['extension/'] },
    { query: '多渠道文档来源', answers: ['sources/'] },
    { query: '来源文档之后有什么变化', answers: ['changes/'] },
    { query: '等待订阅期结束或取消', answers: ['trees/'] },
    { query: '在csp中新建azure订阅', answers: ['trees/', KINDS] },
    { query: '基于使用情况的服务多渠道', answers: [KINDS, 'trees/'] },
  ],
};
