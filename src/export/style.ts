/** The stylesheet of lesson sheets and the catalog site: readable on screen, one lesson per printed sheet. */
export const sheetCss = `
:root { --ink: #1d2433; --muted: #5b6475; --line: #d9dee8; --accent: #1f6feb; --bg: #fff; --soft: #f5f7fb; }
* { box-sizing: border-box; }
body { font: 16px/1.5 system-ui, -apple-system, "Segoe UI", Roboto, sans-serif; color: var(--ink); background: var(--bg); margin: 0; }
main { max-width: 60rem; margin: 0 auto; padding: 1.5rem; }
h1 { font-size: 1.8rem; line-height: 1.2; margin: 0 0 .5rem; }
h2 { font-size: 1.25rem; border-bottom: 2px solid var(--line); padding-bottom: .2rem; margin-top: 2rem; }
h3 { font-size: 1.05rem; margin: 1.2rem 0 .4rem; }
.meta { color: var(--muted); display: flex; flex-wrap: wrap; gap: .4rem 1rem; margin: 0 0 1rem; padding: 0; list-style: none; }
.tag { display: inline-block; background: var(--soft); border: 1px solid var(--line); border-radius: 999px; padding: 0 .6rem; font-size: .85rem; }
.sens-high { background: #fde8e8; border-color: #f5b5b5; } .sens-medium { background: #fff4db; border-color: #f3d48b; }
table { border-collapse: collapse; width: 100%; margin: .5rem 0; }
th, td { border: 1px solid var(--line); padding: .35rem .5rem; text-align: left; vertical-align: top; }
th { background: var(--soft); }
.activity { border: 1px solid var(--line); border-radius: .5rem; padding: .2rem 1rem .6rem; margin: .8rem 0; page-break-inside: avoid; }
.activity h3 small { color: var(--muted); font-weight: normal; }
.material { border-left: 4px solid var(--accent); padding: .1rem 0 .1rem 1rem; margin: 1rem 0; }
.note { color: var(--muted); font-size: .9rem; }
nav.top { display: flex; gap: 1rem; align-items: center; padding: .6rem 1.5rem; border-bottom: 1px solid var(--line); background: var(--soft); }
nav.top a { color: var(--accent); }
.no-print { }
@media print {
  @page { margin: 15mm; }
  body { font-size: 11pt; }
  main { max-width: none; padding: 0; }
  nav.top, .no-print, .filters { display: none !important; }
  a { color: inherit; text-decoration: none; }
  h2 { break-after: avoid; }
  .activity, .material, table, tr { break-inside: avoid; }
  article.lesson { break-after: page; }
}
`;
