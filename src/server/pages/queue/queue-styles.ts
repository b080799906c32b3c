/**
 * Styles of the kiosk, ticket and booking pages, added to the portal's (styles.ts): big touch
 * targets (≥ 3 rem), the ticket readable at arm's length, a print layout of just the ticket.
 */
export const kioskStyles = `
.kiosk-services{list-style:none;padding:0;margin:0;display:grid;gap:.75rem}
.kiosk-services button{width:100%;min-height:4.5rem;text-align:left;font-size:1.3rem;padding:.75rem 1rem;display:flex;gap:1rem;align-items:center}
.kiosk-services .prefix{font-size:2rem;font-weight:800;min-width:3rem;text-align:center;background:#fff;color:var(--brand);border-radius:6px;padding:.1rem .4rem}
.kiosk-services small{display:block;font-weight:400;font-size:.9rem;opacity:.95}
fieldset.priority{border:1px solid var(--line);border-radius:8px;background:#fff;padding:.5rem 1rem;margin:1rem 0}
fieldset.priority label{display:inline-flex;gap:.4rem;align-items:center;font-weight:600;margin:.35rem 1.25rem .35rem 0;min-height:2.75rem}
fieldset.priority input{width:1.4rem;height:1.4rem}
input[type=text],input[type=tel],input[type=date]{width:100%;padding:.6rem;border:1px solid #6b7580;border-radius:6px;font-size:1.1rem}
.ticket{background:#fff;border:2px dashed var(--ink);border-radius:8px;padding:1rem 1.5rem;max-width:30rem;text-align:center}
.ticket .number{font-size:4.5rem;font-weight:800;line-height:1.1;color:var(--brand);margin:.25rem 0;letter-spacing:.05em}
.ticket dl{text-align:left;display:grid;grid-template-columns:minmax(0,1fr) minmax(0,1.2fr);gap:.35rem 1rem;margin:1rem 0}
.ticket dt{font-weight:600}.ticket dd{margin:0}
.called{font-size:1.5rem;font-weight:700;color:var(--ok)}
.slots{list-style:none;padding:0;display:grid;grid-template-columns:repeat(auto-fill,minmax(9rem,1fr));gap:.5rem}
.slots label{display:block;border:1px solid var(--line);border-radius:6px;background:#fff;padding:.5rem;min-height:2.75rem;font-weight:400}
.slots input{margin-right:.4rem}
.slots .full{color:var(--muted);text-decoration:line-through}
.code{font-size:2.5rem;font-weight:800;letter-spacing:.15em;font-family:ui-monospace,monospace}
.error{background:#fdecea;border-left:4px solid var(--brand);padding:.5rem 1rem;margin:1rem 0}
@media print{body{background:#fff}main{padding:0}.ticket{border:0}.no-print{display:none}}
`
  .replace(/\n/g, '')
  .trim();

/** The display board: a wall screen, dark background, numbers readable across a hall. */
export const boardStyles = `
*{box-sizing:border-box}
body{margin:0;font-family:system-ui,-apple-system,"Segoe UI",Roboto,"Noto Sans",sans-serif;background:#101418;color:#fff;min-height:100vh}
header{background:#a3161a;padding:.6rem 1.5rem;display:flex;flex-wrap:wrap;gap:1rem;align-items:center;justify-content:space-between}
header h1{margin:0;font-size:1.6rem}
header .clock{font-size:1.6rem;font-variant-numeric:tabular-nums}
main{display:grid;grid-template-columns:2fr 1fr;gap:1.5rem;padding:1.5rem}
.now{background:#fff;color:#101418;border-radius:12px;padding:1rem 1.5rem;text-align:center;grid-column:1/-1}
.now .label{font-size:1.4rem;font-weight:700;color:#a3161a;margin:0}
.now .call{font-size:5rem;font-weight:800;margin:.25rem 0;line-height:1.1}
.now .call.flash{animation:flash 1s 3}
@keyframes flash{50%{background:#ffe9a8}}
table{width:100%;border-collapse:collapse;font-size:1.6rem}
th,td{padding:.5rem .75rem;border-bottom:1px solid #3a4450;text-align:left}
th{color:#c9d0d8;font-size:1.1rem;font-weight:600}
td.code{font-weight:800;font-size:2rem;color:#ffd166}
td.muted,.muted{color:#aab4bf}
h2{font-size:1.3rem;margin:0 0 .5rem;color:#c9d0d8}
ol{list-style:none;padding:0;margin:0 0 1.5rem;font-size:1.5rem}
ol li{padding:.35rem 0;border-bottom:1px solid #3a4450}
.sound{font:inherit;font-size:1rem;padding:.5rem 1rem;border-radius:6px;border:2px solid #fff;background:transparent;color:#fff;cursor:pointer}
.sound[aria-pressed=true]{background:#fff;color:#a3161a}
.status{font-size:1rem;color:#ffd166;margin:0}
@media (max-width:50rem){main{grid-template-columns:1fr}.now .call{font-size:3rem}}
`
  .replace(/\n/g, '')
  .trim();
