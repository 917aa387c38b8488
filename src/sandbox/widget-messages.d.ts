/** The per-locale label chunks that build/widget-messages.mjs generates (see src/sandbox/messages.ts). */
declare module 'virtual:widget-messages/*' {
  export const sandbox: import('../i18n/sandbox.ts').SandboxMessages;
  export const guided: import('../i18n/guided.ts').GuidedMessages;
  export const support: import('../i18n/support.ts').SupportMessages;
  export const console: import('../i18n/support-console.ts').ConsoleMessages;
  export const panels: import('../i18n/support-panels.ts').PanelMessages;
}
