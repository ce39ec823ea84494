// Types of chart-checks.mjs for test/chart-checks.test.ts (the repo's TypeScript has no allowJs).
type Obj = Record<string, any>; // eslint-disable-line @typescript-eslint/no-explicit-any

export declare const CHART: string;
export declare const SET_BY_IMAGE: Record<string, string>;
export declare const SET_BY_CHART: string[];
export declare function envSchemaKeys(text: string): {
  keys: Map<string, string>;
  problems: string[];
};
export declare function zodConstraints(definition: string): {
  min?: number;
  max?: number;
  regex?: string;
};
export declare function secretNamePattern(helpersText: string): RegExp;
export declare function envInStep(input: {
  envKeys: Map<string, string>;
  values: Obj;
  schema: Obj;
  secretPattern: RegExp;
  docs?: string;
}): { problems: string[]; notes: string[] };
export declare function dockerHealthcheck(
  dockerfile: string,
):
  | { interval?: number; timeout?: number; startPeriod?: number; retries: number; path?: string }
  | undefined;
export declare function dockerEnv(dockerfile: string): {
  env: Record<string, string>;
  user?: string;
  workdir?: string;
};
export declare function composeInStep(input: {
  compose: Obj;
  values: Obj;
  chart: Obj;
  pkg: Obj;
  dockerfile: string;
  envKeys: Map<string, string>;
  appRoutes: string[];
}): string[];
export declare function nonRootProblems(objects: Obj[]): string[];
export declare function uiContainerProblems(objects: Obj[]): string[];
export declare function availabilityProblems(objects: Obj[]): string[];
export declare function referenceProblems(
  objects: Obj[],
  external?: { configMaps: string[]; secrets: string[] },
): string[];
export declare function secretLeakProblems(
  objects: Obj[],
  options: { secretPattern: RegExp; secretValues?: string[] },
): string[];
export declare function variableProblems(
  objects: Obj[],
  options: { envKeys: Map<string, string>; chartKeys: Set<string>; extraKeys: Set<string> },
): string[];
