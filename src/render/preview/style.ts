import type { ResolvedConfig } from '../../config/schema.js';

/**
 * The preview's stylesheet, inline in every page. System fonts only, so the
 * page looks the same offline; the header takes the show's brand colours.
 */
export function previewCss(brand: ResolvedConfig['brand']): string {
  const { background, foreground, accent, muted } = brand.colors;
  return `
:root{--bg:#f6f7f9;--panel:#fff;--ink:#1d2433;--soft:#5b6475;--line:#e3e6ec;--brand-bg:${background};--brand-fg:${foreground};--accent:${accent};--brand-muted:${muted};--warn:#8a5a00;--warn-bg:#fff7e0;--ok:#17663a;--ok-bg:#e6f6ec}
*{box-sizing:border-box}
html{-webkit-text-size-adjust:100%}
body{margin:0;background:var(--bg);color:var(--ink);font:16px/1.55 system-ui,-apple-system,"Segoe UI",Roboto,"Helvetica Neue",Arial,sans-serif}
a{color:#1f5fbf;text-decoration-thickness:1px;text-underline-offset:2px}
a:hover{color:#123f82}
header.top{background:var(--brand-bg);color:var(--brand-fg);padding:28px 0 22px;border-bottom:4px solid var(--accent)}
header.top a{color:var(--brand-fg)}
.wrap{max-width:1120px;margin:0 auto;padding:0 24px}
.crumb{font-size:14px;color:var(--brand-muted);margin:0 0 6px}
.crumb a{color:var(--brand-muted)}
h1{font-size:30px;line-height:1.2;margin:0 0 10px;letter-spacing:-.01em}
.meta{display:flex;flex-wrap:wrap;gap:6px 18px;font-size:14px;color:var(--brand-muted);margin:0;padding:0;list-style:none}
nav.sections{position:sticky;top:0;z-index:2;background:rgba(255,255,255,.94);backdrop-filter:blur(6px);border-bottom:1px solid var(--line)}
nav.sections ul{display:flex;flex-wrap:wrap;gap:4px 20px;list-style:none;margin:0;padding:10px 0;font-size:14px}
nav.sections a{color:var(--soft);text-decoration:none;font-weight:600}
nav.sections a:hover{color:var(--ink)}
main{padding:8px 0 48px}
section{scroll-margin-top:56px;background:var(--panel);border:1px solid var(--line);border-radius:10px;padding:22px 26px;margin:22px 0;box-shadow:0 1px 2px rgba(16,24,40,.04)}
h2{font-size:20px;margin:0 0 14px;display:flex;align-items:baseline;gap:10px}
h2 .count{font-size:13px;font-weight:600;color:var(--soft);background:var(--bg);border:1px solid var(--line);border-radius:999px;padding:1px 9px}
h3{font-size:16px;margin:18px 0 8px}
.badge{display:inline-block;font-size:12px;font-weight:600;border-radius:999px;padding:2px 9px;white-space:nowrap;vertical-align:middle}
.badge.auto{background:var(--warn-bg);color:var(--warn)}
.badge.ok{background:var(--ok-bg);color:var(--ok)}
.badge.kind{background:var(--bg);color:var(--soft);border:1px solid var(--line)}
.warnings{border-color:#f1d48a;background:#fffcf3}
.warnings ol{margin:0;padding-left:22px}
.warnings li{margin:4px 0;font-size:14px}
.warnings code,.where{font:13px/1.4 ui-monospace,SFMono-Regular,Menlo,Consolas,monospace;color:var(--soft)}
.none{color:var(--soft);margin:0}
.notes{max-width:760px}
.notes h1{font-size:22px}
.notes h2{font-size:17px;margin:22px 0 8px}
.notes blockquote{margin:12px 0;padding:4px 16px;border-left:3px solid var(--accent);color:var(--ink)}
.notes li p{margin:2px 0}
table{border-collapse:collapse;width:100%;font-size:15px}
th,td{text-align:left;vertical-align:top;padding:9px 10px;border-top:1px solid var(--line)}
th{font-size:12px;text-transform:uppercase;letter-spacing:.04em;color:var(--soft);border-top:0}
td.time{font-variant-numeric:tabular-nums;white-space:nowrap;font-weight:600}
td .summary{color:var(--soft);font-size:14px;margin-top:2px}
.cards{display:grid;gap:26px}
.card-set{border-top:1px solid var(--line);padding-top:16px}
.card-set:first-child{border-top:0;padding-top:0}
.card-row{display:flex;flex-wrap:wrap;gap:18px;align-items:flex-end}
figure{margin:0}
figure img{display:block;height:260px;width:auto;max-width:100%;border-radius:6px;border:1px solid var(--line);background:#eef0f3}
figcaption{font-size:13px;color:var(--soft);margin-top:6px}
.alt{font-size:14px;color:var(--soft);margin:4px 0 12px;max-width:760px}
.quote{border-top:1px solid var(--line);padding:16px 0}
.quote:first-of-type{border-top:0;padding-top:0}
.quote blockquote{margin:0 0 6px;font-size:18px;line-height:1.5}
.quote .who{font-size:14px;color:var(--soft);margin:0 0 10px}
details.host{margin-top:14px;border-top:1px solid var(--line);padding-top:12px}
details.host summary{cursor:pointer;font-weight:600;color:var(--soft)}
details.source summary{cursor:pointer;font-size:14px;color:var(--soft)}
.passage{margin:8px 0 0;padding:12px 14px;background:var(--bg);border-radius:6px;font:14px/1.6 ui-monospace,SFMono-Regular,Menlo,Consolas,monospace;white-space:pre-wrap;overflow-wrap:anywhere}
.passage .context{color:#98a0ae}
.passage mark{background:#fff1bf;color:inherit;padding:0 1px}
.files{columns:2 320px;column-gap:32px;margin:0;padding:0;list-style:none}
.files li{break-inside:avoid;padding:5px 0;border-bottom:1px solid var(--line);display:flex;justify-content:space-between;gap:12px;font-size:14px}
.files .size{color:var(--soft);white-space:nowrap;font-variant-numeric:tabular-nums}
.group{font-size:12px;text-transform:uppercase;letter-spacing:.04em;color:var(--soft);margin:16px 0 4px}
.episodes{display:grid;gap:18px;grid-template-columns:repeat(auto-fill,minmax(320px,1fr))}
.episode{display:flex;flex-direction:column;gap:10px;background:var(--panel);border:1px solid var(--line);border-radius:10px;padding:18px;text-decoration:none;color:var(--ink)}
.episode:hover{border-color:var(--accent)}
.episode img{width:100%;height:auto;border-radius:6px}
.episode h3{margin:0;font-size:18px}
.episode p{margin:0;color:var(--soft);font-size:14px}
footer{color:var(--soft);font-size:13px;padding:0 0 40px}
@media (max-width:640px){h1{font-size:24px}section{padding:18px}figure img{height:180px}}
`.trim();
}
