/**
 * The portal's one stylesheet, inlined in every page (no extra request on a slow network, no web
 * fonts, no JavaScript). Mobile first: one column, with a wider grid only from 40rem. Colours
 * meet WCAG 2.1 AA contrast (text ≥ 4.5:1 on its background); state is never shown by colour alone.
 */
export const baseStyles = `
:root{--ink:#1b1f24;--muted:#4f5862;--brand:#a3161a;--line:#c9d0d8;--bg:#f6f7f9;--link:#0b4fa8;--focus:#1a56db;--ok:#1d6b3a;--okbg:#e7f3eb}
*{box-sizing:border-box}
html{-webkit-text-size-adjust:100%}
body{margin:0;font:1rem/1.5 system-ui,-apple-system,"Segoe UI",Roboto,"Noto Sans",sans-serif;color:var(--ink);background:var(--bg);overflow-wrap:break-word}
a{color:var(--link)}a:hover{text-decoration-thickness:2px}
:focus-visible{outline:3px solid var(--focus);outline-offset:2px}
.skip{position:absolute;left:-999rem}.skip:focus{left:.5rem;top:.5rem;background:#fff;color:#000;padding:.5rem;z-index:10}
header.site{background:var(--brand);color:#fff}
.bar{max-width:60rem;margin:0 auto;padding:.4rem 1rem;display:flex;flex-wrap:wrap;align-items:center;gap:0 1rem}
.brand{color:#fff;font-weight:700;text-decoration:none;margin-right:auto}
header.site a{color:#fff}header.site :focus-visible{outline-color:#fff}
nav.main ul{list-style:none;margin:0;padding:0;display:flex;flex-wrap:wrap;gap:0 .9rem}
nav.main a{display:inline-block;padding:.3rem 0;font-size:.95rem}
nav.main a[aria-current]{font-weight:700;text-decoration-thickness:3px}
main{max-width:60rem;margin:0 auto;padding:1rem}
footer.site{border-top:1px solid var(--line);color:var(--muted);font-size:.9rem}
footer.site div{max-width:60rem;margin:0 auto;padding:1rem}
h1{font-size:1.6rem;line-height:1.25;margin:.5rem 0 1rem}h2{font-size:1.25rem;margin:1.5rem 0 .5rem}h3{font-size:1.05rem;margin:1rem 0 .25rem}
.card{background:#fff;border:1px solid var(--line);border-radius:8px;padding:1rem;margin:1rem 0}
.note{background:#fff8e1;border-left:4px solid #8a5a00;padding:.5rem 1rem;margin:1rem 0}
.lang-note{margin:0;color:var(--muted);font-size:.9rem}
.muted{color:var(--muted)}
label{display:block;font-weight:600;margin:.5rem 0 .25rem}
input,select,button{font:inherit;max-width:100%}
input[type=search],select{width:100%;padding:.5rem;border:1px solid #6b7580;border-radius:6px;background:#fff;color:var(--ink)}
button{padding:.5rem 1.25rem;border:0;border-radius:6px;background:var(--brand);color:#fff;font-weight:600;cursor:pointer;min-height:2.75rem}
.search-row{display:flex;flex-wrap:wrap;gap:.5rem;align-items:stretch}.search-row input{flex:1 1 12rem;min-width:0}.search-row button{flex:0 0 auto}
details.filters-box{margin:.75rem 0 0}details.filters-box>summary{font-weight:600;padding:.25rem 0}
.filters{display:grid;gap:0 1rem}
ol.results,ul.plain{list-style:none;padding:0;margin:0}
ol.results li{background:#fff;border:1px solid var(--line);border-radius:8px;padding:.75rem 1rem;margin:.5rem 0}
ol.results h3{margin:0 0 .25rem}
.meta{margin:.25rem 0 0;color:var(--muted);font-size:.95rem}
.badge{display:inline-block;border:1px solid var(--ok);color:var(--ok);background:var(--okbg);border-radius:4px;padding:0 .4rem;font-size:.85rem;font-weight:600;margin:.25rem .25rem 0 0}
nav.pages ul{list-style:none;padding:0;display:flex;flex-wrap:wrap;gap:.5rem}
nav.pages a,nav.pages span{display:inline-block;min-width:2.75rem;padding:.5rem .75rem;border:1px solid var(--line);border-radius:6px;background:#fff;text-align:center}
nav.pages a[aria-current]{background:var(--link);color:#fff;font-weight:700}
table{width:100%;border-collapse:collapse;background:#fff;margin:.5rem 0 1rem}
caption{text-align:left;font-weight:600;padding:.25rem 0}
th,td{border:1px solid var(--line);padding:.4rem .5rem;text-align:left;vertical-align:top;overflow-wrap:anywhere}
thead th{background:#eef1f4}
dl.facts{margin:0}dl.facts dt{font-weight:600;margin-top:.5rem}dl.facts dd{margin:0}
.summary{border:2px solid var(--brand)}
.summary h2{margin-top:0}
.summary dl{margin:0}.summary dt{font-weight:700;margin-top:.4rem}.summary dd{margin:0}
.summary ul{margin:.25rem 0;padding-left:1.25rem}
.pre{white-space:pre-line}
.doc{margin:.5rem 0}.doc .meta{font-size:.9rem}
details{margin:.5rem 0}summary{cursor:pointer;color:var(--link);text-decoration:underline}
.letters{display:flex;flex-wrap:wrap;gap:.25rem .75rem;padding:0;list-style:none}
.letters a{display:inline-block;min-width:1.75rem;padding:.25rem;text-align:center}
.agency h3,.agency h4{margin:0 0 .25rem}.agency{margin:.5rem 0}.agency p{margin:.25rem 0 0}
.jump{display:flex;flex-wrap:wrap;gap:.25rem 1rem;list-style:none;padding:0}
@media (min-width:40rem){.filters,ul.grid{display:grid;grid-template-columns:1fr 1fr}ul.grid{gap:0 1rem}h1{font-size:2rem}.cols{display:grid;grid-template-columns:1fr 1fr;gap:0 2rem}}
@media print{header.site,footer.site,nav,form{display:none}body{background:#fff}}
.submit-online a.button-link{display:inline-block;padding:.55rem 1.25rem;border-radius:6px;background:var(--brand);color:#fff;font-weight:700;text-decoration:none;margin-right:.5rem}
.cz input[type=text],.cz input[type=tel],.cz input[type=email],.cz input[type=file],.cz textarea,.cz select{width:100%;padding:.55rem;border:1px solid #6b7580;border-radius:6px;background:#fff;color:var(--ink);font:inherit}
.cz fieldset{border:1px solid var(--line);border-radius:8px;margin:1rem 0;padding:.5rem 1rem 1rem;background:#fff}.cz legend{font-weight:700;padding:0 .25rem}
.cz .hint{color:var(--muted);font-size:.9rem;margin:.1rem 0 .25rem}.cz .err{color:#a3161a;font-weight:600;margin:.25rem 0}
.cz .choice{display:flex;gap:.5rem;align-items:flex-start;font-weight:400;margin:.5rem 0}.cz .choice input{margin-top:.3rem;width:1.2rem;height:1.2rem;flex:none}
.cz .actions{display:flex;flex-wrap:wrap;gap:.5rem;align-items:center;margin:1rem 0}
.cz .quiet{background:#fff;color:var(--link);border:1px solid var(--link)}.cz .link{background:none;color:var(--link);text-decoration:underline;padding:.25rem;min-height:0;font-weight:400}
.cz .alert{border-left:4px solid #a3161a;background:#fdecec;padding:.5rem 1rem;margin:1rem 0}.cz .ok{border-left:4px solid var(--ok);background:var(--okbg);padding:.5rem 1rem;margin:1rem 0}
.cz ol.steps{list-style:none;padding:0;display:flex;flex-wrap:wrap;gap:.25rem .75rem;font-size:.9rem;margin:0 0 1rem}.cz ol.steps [aria-current]{font-weight:700;text-decoration:underline}
.cz .doc{background:#fff;border:1px solid var(--line);border-radius:8px;padding:.75rem 1rem;margin:.75rem 0}.cz .doc h3{margin:0 0 .25rem;font-size:1rem}
.cz ul.files{list-style:none;padding:0;margin:.25rem 0}.cz ul.files li{display:flex;flex-wrap:wrap;gap:.5rem;align-items:center;justify-content:space-between;border-top:1px dashed var(--line);padding:.25rem 0}
.cz a.button{display:inline-block;padding:.5rem 1.25rem;border:1px solid var(--link);border-radius:6px;background:#fff;font-weight:600;text-decoration:none}.cz .visually-hidden{position:absolute;left:-999rem}.cz form.inline{display:inline}.cz .code{font-size:1.4rem;font-weight:700;letter-spacing:.05em}.cz .who{display:flex;flex-wrap:wrap;gap:.5rem;align-items:center;justify-content:space-between;font-size:.9rem;color:var(--muted)}
`
  .replace(/\n/g, '')
  .trim();
