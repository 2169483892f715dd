// Types for addin-urls.js, which stays plain JavaScript because webpack.config.js requires it.
export declare const DEV_URL: string;
export declare const PAGES: Readonly<Record<string, string>>;
export declare function productionUrl(): string;
export declare function toProductionManifest(xml: string, prodUrl?: string): string;
