/**
 * The console's stylesheet, served by the function itself (no CDN). Colours meet WCAG AA contrast on their
 * backgrounds; focus is always visible; statuses carry their word, colour only repeats it.
 */
export const CONSOLE_CSS = `
:root { --ink: #1b1f24; --muted: #4a5260; --line: #c9ced6; --bg: #ffffff; --panel: #f4f6f9; --accent: #0b57d0;
  --live: #0d6b2f; --live-bg: #e3f4e8; --warn: #7a4a00; --warn-bg: #fff1d6; --bad: #a1141d; --bad-bg: #fde7e9;
  --idle: #3d4450; --idle-bg: #eceff3; font-family: system-ui, -apple-system, "Segoe UI", Roboto, sans-serif; }
* { box-sizing: border-box; }
body { margin: 0; color: var(--ink); background: var(--bg); line-height: 1.45; font-size: 15px; }
a { color: var(--accent); }
a:hover { text-decoration-thickness: 2px; }
:focus-visible { outline: 3px solid #f2a900; outline-offset: 2px; box-shadow: 0 0 0 5px #1b1f24; }
.skip { position: absolute; left: -999px; top: 0; background: var(--ink); color: #fff; padding: .5rem 1rem; z-index: 10; }
.skip:focus { left: 0; }
.banner { display: flex; flex-wrap: wrap; align-items: center; gap: 1rem 2rem; padding: .6rem 1.5rem; background: #1b1f24; color: #fff; }
.banner a { color: #fff; }
.brand { margin: 0; font-weight: 700; }
.brand span { font-weight: 400; color: #d5dae1; margin-left: .4rem; }
.banner nav ul { display: flex; gap: 1.2rem; list-style: none; margin: 0; padding: 0; }
.banner nav a[aria-current="page"] { text-decoration-thickness: 3px; font-weight: 700; }
.logout { margin-left: auto; display: flex; gap: .6rem; align-items: center; color: #d5dae1; }
main { padding: 1rem 1.5rem 3rem; max-width: 1400px; }
main:focus { outline: none; }
h1 { font-size: 1.6rem; margin: .5rem 0 1rem; }
h2 { font-size: 1.25rem; margin: 1.6rem 0 .6rem; }
h3 { font-size: 1.05rem; margin: 1rem 0 .4rem; }
button, .button { font: inherit; padding: .4rem .9rem; border: 2px solid var(--accent); border-radius: 4px; background: var(--accent); color: #fff; cursor: pointer; text-decoration: none; display: inline-block; }
button.secondary, .button.secondary { background: #fff; color: var(--accent); }
button.danger { background: var(--bad); border-color: var(--bad); }
.logout button { background: transparent; border-color: #d5dae1; color: #fff; padding: .2rem .7rem; }
input, select { font: inherit; padding: .35rem .5rem; border: 1px solid #6b7380; border-radius: 4px; background: #fff; color: var(--ink); }
label { font-weight: 600; }
.filters { display: flex; flex-wrap: wrap; gap: .8rem 1.2rem; align-items: flex-end; padding: .9rem 1rem; background: var(--panel); border: 1px solid var(--line); border-radius: 6px; }
.filters .field { display: flex; flex-direction: column; gap: .2rem; }
.filters .actions { display: flex; gap: .6rem; align-items: center; }
.summary { color: var(--muted); margin: .8rem 0; }
table { border-collapse: collapse; width: 100%; }
caption { text-align: left; font-weight: 600; padding: .4rem 0; }
th, td { text-align: left; vertical-align: top; padding: .5rem .6rem; border-bottom: 1px solid var(--line); }
thead th { background: var(--panel); border-bottom: 2px solid #8a93a0; white-space: nowrap; }
td .sub, th .sub { display: block; font-weight: 400; color: var(--muted); font-size: .9em; }
.status { display: inline-block; padding: .05rem .5rem; border-radius: 999px; font-weight: 600; font-size: .9em; border: 1px solid currentColor; white-space: nowrap; }
.status-live, .status-open { color: var(--live); background: var(--live-bg); }
.status-pending { color: var(--warn); background: var(--warn-bg); }
.status-rejected, .status-failed, .status-disabled { color: var(--bad); background: var(--bad-bg); }
.status-withdrawn, .status-closed, .status-none, .status-inactive { color: var(--idle); background: var(--idle-bg); }
.warnings { display: flex; flex-wrap: wrap; gap: .3rem; list-style: none; margin: 0; padding: 0; }
.warnings li { font-size: .85em; padding: 0 .4rem; border-radius: 3px; color: var(--warn); background: var(--warn-bg); }
.boards { list-style: none; margin: 0; padding: 0; }
.pager { display: flex; gap: 1rem; margin: 1rem 0; }
.notice { padding: .6rem .9rem; border-left: 4px solid var(--live); background: var(--live-bg); }
.error { padding: .6rem .9rem; border-left: 4px solid var(--bad); background: var(--bad-bg); }
.reasons { margin: .2rem 0 0; padding-left: 1.1rem; }
.side-by-side { display: grid; grid-template-columns: minmax(0, 1fr) minmax(0, 1fr); gap: 1.5rem; }
.side-by-side > section { border: 1px solid var(--line); border-radius: 6px; padding: 0 1rem 1rem; min-width: 0; }
dl.fields { display: grid; grid-template-columns: max-content minmax(0, 1fr); gap: .35rem 1rem; margin: 0; }
dl.fields dt { font-weight: 600; color: var(--muted); }
dl.fields dd { margin: 0; overflow-wrap: anywhere; }
.original { overflow-wrap: anywhere; }
.original h2, .original h3, .original h4 { font-size: 1rem; margin: 1rem 0 .3rem; }
.publish fieldset { border: 1px solid var(--line); border-radius: 6px; padding: .6rem 1rem 1rem; }
.publish legend { font-weight: 600; padding: 0 .3rem; }
.choice { display: block; margin: .4rem 0; }
.choice label { font-weight: 400; }
.choice .blocked { display: block; margin-left: 1.6rem; color: var(--bad); font-size: .9em; }
.publish .actions { display: flex; gap: .8rem; margin-top: .8rem; }
details { margin: .3rem 0; }
summary { cursor: pointer; color: var(--accent); }
.login { max-width: 28rem; }
.login .field { display: flex; flex-direction: column; gap: .3rem; margin-bottom: 1rem; }
.muted { color: var(--muted); }
.visually-hidden { position: absolute; width: 1px; height: 1px; overflow: hidden; clip: rect(0 0 0 0); white-space: nowrap; }
.bulk { margin: .6rem 0 1rem; }
.choice.inline { display: inline-block; margin-right: 1.2rem; }
td.select { width: 2rem; }
@media (max-width: 900px) { .side-by-side { grid-template-columns: 1fr; } }
`;
