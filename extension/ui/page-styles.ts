/** Extra styles for the extension's own pages (popup, options), on top of OVERLAY_CSS. */
export const PAGE_CSS = `
body { margin: 0; font: 14px/1.45 "Segoe UI", -apple-system, BlinkMacSystemFont, Roboto, "Noto Sans", "Liberation Sans", Arial, sans-serif; color: #242424; background: #fff; }
:lang(zh) body, body:lang(zh) { font-family: "Microsoft YaHei", "PingFang SC", "Noto Sans CJK SC", sans-serif; }
.popup { width: 380px; padding: 12px 14px 14px; }
.options { max-width: 560px; margin: 0 auto; padding: 24px 16px; }
.page-header { display: flex; align-items: center; justify-content: space-between; gap: 8px; margin-bottom: 8px; }
h1 { margin: 0; font-size: 16px; display: flex; align-items: center; gap: 8px; }
.options h1 { font-size: 20px; margin-bottom: 8px; }
fieldset { border: 0; margin: 0 0 14px; padding: 0; }
legend { font-weight: 600; margin-bottom: 4px; }
.radio { display: flex; align-items: center; gap: 8px; font-weight: 400; margin: 2px 0; }
.radio input { width: 24px; height: 24px; min-height: 0; margin: 0; flex: none; }
.radio-text { display: flex; flex-direction: column; }
.radio-text .hint { font-size: 13px; }
.managed-note { padding: 6px 8px; border-inline-start: 3px solid #0f6cbd; background: #f5f9fd; }
.managed-badge { display: inline-block; margin: 0 0 4px; padding: 0 6px; border: 1px solid #0f6cbd; border-radius: 4px; font-size: 12px; color: #0f4f8a; }
fieldset:disabled .radio, select:disabled, input[readonly] { color: #424242; }
`;
