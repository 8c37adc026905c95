export const t = (en: string, zh: string) => ({ en, zh });

export const yes = (v: string | undefined) => v !== undefined && /^(yes|true|y|1|on)$/i.test(v);
