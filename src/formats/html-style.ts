/**
 * The HTML report's stylesheet (inline; the page loads nothing). Colours are WCAG AA:
 * text at least 4.5:1 on its background, chart bars and control borders at least 3:1
 * (test/formats/html-escape.test.ts checks the pairs in PALETTE). Severity is never
 * shown by colour alone: badges carry a symbol and a word.
 */

/** Foreground/background pairs the page uses, for the contrast test. */
export const PALETTE = {
  text: '#1a1f24',
  muted: '#4b5563',
  page: '#f3f5f7',
  card: '#ffffff',
  line: '#d0d7de',
  head: '#eef2f6',
  link: '#0a58a8',
  brand: '#0e3a53',
  brandText: '#ffffff',
  brandMuted: '#d5e4ee',
  control: '#6b7785',
  errorText: '#8e1b12',
  errorBg: '#fdecea',
  warningText: '#6e3b00',
  warningBg: '#fff1d6',
  infoText: '#0b4a84',
  infoBg: '#e5f0fb',
  noteBg: '#fff8e6',
  barAccent: '#2f6f9f',
  barError: '#b42318',
  barWarning: '#a35f00',
  barInfo: '#2a78b5',
  barGood: '#1e7b4a',
  track: '#e3e8ee',
} as const;

const P = PALETTE;
/** The tables that become cards on a phone. */
const C = ':is(#findings,#top-rules)';

export const CSS = `
:root{color-scheme:light}
*{box-sizing:border-box}
html{-webkit-text-size-adjust:100%}
body{margin:0;font:16px/1.5 system-ui,-apple-system,"Segoe UI",Roboto,"Noto Sans","Liberation Sans",Arial,sans-serif;color:${P.text};background:${P.page}}
a{color:${P.link}}
a:focus-visible,button:focus-visible,select:focus-visible,input:focus-visible{outline:3px solid ${P.link};outline-offset:2px}
.skip{position:absolute;left:-10000px;top:0}
.skip:focus{left:1rem;top:1rem;z-index:10;background:${P.card};padding:.5rem .75rem;border:2px solid ${P.link}}
.sr-only{position:absolute;width:1px;height:1px;margin:-1px;overflow:hidden;clip:rect(0 0 0 0);white-space:nowrap;border:0}
.wrap{max-width:1240px;margin:0 auto;padding:0 1.25rem}
.masthead{background:${P.brand};color:${P.brandText};padding:1.5rem 0 1rem}
.masthead h1{font-size:1.9rem;line-height:1.2;margin:0 0 .35rem;letter-spacing:-.01em}
.masthead p{margin:0;color:${P.brandMuted}}
.masthead .period{font-size:1.15rem;color:${P.brandText};font-weight:600;margin-bottom:.2rem}
.toc{margin-top:1rem}
.toc h2{position:absolute;left:-10000px}
.toc ul{list-style:none;display:flex;flex-wrap:wrap;gap:.4rem;margin:0;padding:0}
.toc a{display:inline-block;color:${P.brandText};text-decoration:none;border:1px solid ${P.brandMuted};border-radius:999px;padding:.15rem .75rem;font-size:.9rem}
.toc a:hover{background:${P.brandText};color:${P.brand}}
main{padding:.25rem 0 1rem}
section.panel{background:${P.card};border:1px solid ${P.line};border-radius:8px;padding:1.25rem 1.5rem 1.5rem;margin:1.25rem 0}
h2{font-size:1.4rem;line-height:1.25;margin:0 0 .9rem}
h3{font-size:1.08rem;line-height:1.3;margin:0 0 .6rem}
p{margin:0 0 .75rem}
.lead{font-size:1.08rem;max-width:75ch}
.muted{color:${P.muted}}
.small{font-size:.86rem}
code{font-family:ui-monospace,"SFMono-Regular","DejaVu Sans Mono",Menlo,Consolas,monospace;font-size:.86em}
.stats{display:grid;grid-template-columns:repeat(auto-fill,minmax(172px,1fr));gap:.75rem;margin:0 0 1.25rem}
.stats-h{font-size:.95rem;text-transform:none;color:${P.muted};margin:1.1rem 0 .5rem}
.stat{border:1px solid ${P.line};border-left:6px solid ${P.barAccent};border-radius:6px;padding:.7rem .9rem;background:${P.card}}
.stat .v{display:block;font-size:1.85rem;font-weight:700;line-height:1.15;font-variant-numeric:tabular-nums}
.stat .l{display:block;color:${P.muted};font-size:.9rem;line-height:1.3}
.stat .s{display:block;color:${P.muted};font-size:.82rem;margin-top:.15rem}
.stat-error{border-left-color:${P.barError}}
.stat-warning{border-left-color:${P.barWarning}}
.stat-info{border-left-color:${P.barInfo}}
.stat-good{border-left-color:${P.barGood}}
dl.meta{display:grid;grid-template-columns:max-content 1fr;gap:.3rem 1.25rem;margin:0}
dl.meta dt{font-weight:600}
dl.meta dd{margin:0;overflow-wrap:anywhere}
dl.meta ul{margin:0;padding-left:1.1rem}
.grid{display:grid;grid-template-columns:repeat(auto-fit,minmax(min(480px,100%),1fr));gap:1.25rem}
.grid>*{min-width:0}
.card{border:1px solid ${P.line};border-radius:8px;padding:1rem 1.1rem}
figure{margin:0 0 .75rem}
.chart{display:block;overflow:visible}
.chart-label{font-size:13px;fill:${P.text}}
.chart-sublabel{font-size:12px;fill:${P.muted}}
.chart-value{font-size:12.5px;font-weight:700;fill:${P.text}}
.chart-axis{stroke:${P.muted};stroke-width:1}
.chart-track{fill:${P.track}}
.bar-accent{fill:${P.barAccent}}
.bar-error{fill:${P.barError}}
.bar-warning{fill:${P.barWarning}}
.bar-info{fill:${P.barInfo}}
.bar-good{fill:${P.barGood}}
table{border-collapse:collapse;width:100%;font-size:.92rem}
caption{text-align:left;font-weight:600;padding:0 0 .35rem;color:${P.muted};font-size:.86rem}
th,td{text-align:left;vertical-align:top;padding:.42rem .6rem;border-bottom:1px solid ${P.line}}
thead th{background:${P.head};font-weight:600;border-bottom:2px solid ${P.muted};vertical-align:bottom}
td,tbody th{overflow-wrap:break-word;unicode-bidi:isolate}
.scroll tbody th{overflow-wrap:anywhere}
tbody th{font-weight:400}
.n{text-align:right;font-variant-numeric:tabular-nums}
td.n{white-space:nowrap}
.badge{display:inline-block;white-space:nowrap;font-size:.8rem;font-weight:700;line-height:1.4;padding:.05rem .5rem;border-radius:999px;border:1px solid currentColor}
.badge-error{color:${P.errorText};background:${P.errorBg}}
.badge-warning{color:${P.warningText};background:${P.warningBg}}
.badge-info{color:${P.infoText};background:${P.infoBg}}
.note{background:${P.noteBg};border-left:5px solid ${P.barWarning};padding:.65rem .9rem;border-radius:4px;margin:0 0 1rem}
.filters{display:none}
.js .filters{display:flex;flex-wrap:wrap;gap:.75rem 1rem;align-items:flex-end;margin:0 0 .75rem}
.filters label{display:flex;flex-direction:column;gap:.2rem;font-size:.86rem;font-weight:600}
.filters select,.filters input{font:inherit;font-weight:400;color:${P.text};background:${P.card};border:1px solid ${P.control};border-radius:4px;padding:.35rem .5rem;min-width:11rem}
.filters input{min-width:16rem}
.filters button{font:inherit;font-size:.9rem;color:${P.link};background:${P.card};border:1px solid ${P.control};border-radius:4px;padding:.38rem .8rem;cursor:pointer}
.shown{font-weight:600;margin:.25rem 0 .5rem}
.sort-hint{display:none}
.js .sort-hint{display:block}
.scroll{overflow-x:auto}
.table-wrap{overflow-x:auto;border:1px solid ${P.line};border-radius:6px}
.table-wrap table{font-size:.86rem}
#findings{min-width:1040px;table-layout:fixed}
#findings th,#findings td{padding:.45rem .4rem}
#findings td{overflow-wrap:anywhere}
#findings thead th{position:sticky;top:0;z-index:1}
#findings tbody tr:hover{background:${P.page}}
#findings th button{font:inherit;font-weight:600;color:inherit;background:none;border:0;padding:0;margin:0;cursor:pointer;text-align:left}
#findings th.n button{text-align:right}
#findings th .arrow{display:none;color:${P.muted};font-size:.72rem;margin-left:.2rem}
.js #findings th .arrow{display:inline}
#findings th .arrow::after{content:"\\2195"}
#findings th[aria-sort="ascending"] .arrow::after{content:"\\25B2"}
#findings th[aria-sort="descending"] .arrow::after{content:"\\25BC"}
#findings .col-post{width:10.5%}
#findings .col-date{width:8%}
#findings .col-acct{width:11.5%}
#findings .col-pos{width:6%}
#findings .col-rule{width:11%}
#findings .col-sev{width:11%}
#findings .col-msg{width:17%}
#findings .col-ex{width:13%}
#findings .col-pol{width:12%}
#findings td:nth-child(2),#findings td:nth-child(6){white-space:nowrap;overflow-wrap:normal}
.excerpt{background:${P.page};border-radius:3px;padding:0 .2rem}
.file{display:block;color:${P.muted};font-size:.92em}
.cat{display:block;color:${P.muted};font-size:.92em}
.nowrap{white-space:nowrap}
footer{color:${P.muted};font-size:.9rem;padding:.5rem 0 2.5rem}
footer p{margin:0 0 .3rem}
@media (max-width:640px){
  .wrap{padding:0 .75rem}
  .masthead h1{font-size:1.45rem}
  section.panel{padding:1rem .9rem 1.1rem;margin:.9rem 0}
  h2{font-size:1.22rem}
  .stats{grid-template-columns:repeat(2,minmax(0,1fr))}
  .stat .v{font-size:1.45rem}
  dl.meta{grid-template-columns:1fr}
  table{font-size:.86rem}
  th,td{padding:.4rem .35rem}
  dl.meta dd{margin-bottom:.4rem}
  .filters label,.filters select,.filters input{width:100%;min-width:0}
}
@media screen and (max-width:700px){
  ${C},${C} tbody,${C} tr,${C} td,${C} tbody th{display:block;min-width:0;width:auto}
  ${C}{table-layout:auto;min-width:0}
  ${C} :is(th,td)[class]{width:auto}
  ${C} tbody tr{border-top:2px solid ${P.line};padding:.4rem 0}
  ${C} tbody tr[hidden]{display:none}
  ${C} td,${C} tbody th{border:0;position:relative;padding:.2rem .6rem .2rem 8.2rem;min-height:1.6rem;text-align:left}
  ${C} td::before,${C} tbody th::before{position:absolute;left:.6rem;width:7.2rem;text-align:left;font-weight:600;color:${P.muted};font-size:.82rem;overflow-wrap:anywhere}
  ${C} td.n{text-align:left}
  #top-rules thead{display:none}
  #findings thead tr{display:flex;flex-wrap:wrap;gap:.35rem;padding:.5rem}
  #findings thead th{display:block;position:static;width:auto;border:1px solid ${P.control};border-radius:999px;padding:.15rem .6rem;background:${P.card}}
  #findings td:nth-child(2),#findings td:nth-child(6){white-space:normal}
  .cards-wrap{overflow-x:visible;border:0}
}
@media print{
  *{-webkit-print-color-adjust:exact;print-color-adjust:exact}
  @page{margin:14mm}
  @page findings{size:A4 landscape;margin:12mm}
  #findings-section{page:findings;break-before:page}
  body{background:#fff;font-size:10.5pt}
  .masthead{background:#fff;color:${P.text};border-bottom:3px solid ${P.brand};padding:0 0 .5rem}
  .masthead p,.masthead .period{color:${P.text}}
  .toc,.skip,.filters,.js .filters,.sort-hint,.js .sort-hint,.shown,#findings th .arrow{display:none!important}
  .wrap{max-width:none;padding:0}
  section.panel{border:0;border-radius:0;padding:0;margin:0 0 1.2rem}
  .card,figure,.stat,tr{break-inside:avoid}
  h2,h3{break-after:avoid}
  .table-wrap,.scroll{overflow:visible;border:0}
  #findings{min-width:0;font-size:8.5pt}
  #findings thead th{position:static}
  thead{display:table-header-group}
  a{color:${P.text}}
}
`;
