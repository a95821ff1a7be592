/** The report's styles, inline in the file: readable on screen, and printed as a PDF on A4 or Letter. */
export const REPORT_STYLE = `
:root{color-scheme:light;--text:#1a1d23;--muted:#555d6b;--line:#d9dde4;--bar:#6366f1;--ci:#1e1b4b;--study:#c2410c}
*{box-sizing:border-box}
body{margin:0;background:#fff;color:var(--text);font:16px/1.55 Georgia,'Iowan Old Style','Times New Roman',serif}
main{max-width:860px;margin:0 auto;padding:48px 28px 64px}
h1,h2,h3,.kicker,.numbers,table,figcaption,footer,.note{font-family:system-ui,-apple-system,'Segoe UI',Roboto,sans-serif}
h1{font-size:2.1rem;line-height:1.15;margin:.2em 0 .4em}
h2{font-size:1.35rem;margin:2.2em 0 .6em;padding-bottom:.3em;border-bottom:2px solid var(--text)}
h3{font-size:1.05rem;margin:1.6em 0 .3em}
.kicker{text-transform:uppercase;letter-spacing:.08em;font-size:.8rem;color:var(--muted);margin:0}
.lede{font-size:1.1rem;color:var(--muted)}
.numbers{display:grid;grid-template-columns:repeat(auto-fit,minmax(140px,1fr));gap:12px;margin:0}
.numbers div{border:1px solid var(--line);border-radius:10px;padding:12px 14px}
.numbers dt{font-size:.85rem;color:var(--muted)}
.numbers dd{margin:4px 0 0;font-size:1.6rem;font-weight:700}
table{width:100%;border-collapse:collapse;font-size:.92rem;margin:.6em 0;font-variant-numeric:tabular-nums}
caption{text-align:left;color:var(--muted);padding-bottom:6px}
th,td{text-align:left;padding:7px 8px;border-bottom:1px solid var(--line);vertical-align:top}
thead th{font-size:.8rem;color:var(--muted);font-weight:600}
.n{text-align:right;white-space:nowrap}
.barcell{width:30%;min-width:120px;vertical-align:middle}
.bar,.fill,.ci,.study,.key-fill,.key-study{-webkit-print-color-adjust:exact;print-color-adjust:exact}
.bar{position:relative;display:block;height:12px;background:#eef0f4;border-radius:3px}
.fill{position:absolute;top:0;bottom:0;left:0;background:var(--bar);border-radius:3px}
.ci{position:absolute;top:5px;height:2px;background:var(--ci)}
.study{position:absolute;top:-3px;width:3px;height:18px;margin-left:-1px;background:var(--study)}
.key-fill,.key-study{display:inline-block;width:10px;height:10px;background:var(--bar);vertical-align:middle}
.key-study{width:3px;height:12px;background:var(--study)}
.note{color:var(--muted);font-size:.88rem}
th .when{display:block;font-weight:400}
.quote{margin:1.2em 0;padding:0 0 0 16px;border-left:3px solid var(--bar);break-inside:avoid}
.quote blockquote{margin:0;font-size:1.08rem;white-space:pre-wrap}
.quote figcaption{color:var(--muted);font-size:.85rem;margin-top:4px}
footer{margin-top:3em;padding-top:1em;border-top:1px solid var(--line);color:var(--muted);font-size:.85rem}
tr,.numbers div{break-inside:avoid}
h2,h3{break-after:avoid}
@page{margin:18mm 16mm}
@media print{main{padding:0;max-width:none}body{font-size:11pt}h2{margin-top:1.6em}}
`;
