/** The frameworks annexa maps checks to. Framework keys name an edition: `iso27001:2022`. */
export const FRAMEWORK_KEYS = ['iso27001:2022', 'iso27001:2013', 'iso27017:2015', 'iso27701:2019', 'iso27035', 'iso27032:2023'] as const;
export type FrameworkKey = (typeof FRAMEWORK_KEYS)[number];

/** How each framework is named to people, and what its catalogue entries are called. */
export const FRAMEWORK_LABELS: Record<FrameworkKey, { name: string; unit: string }> = {
  'iso27001:2022': { name: 'ISO/IEC 27001:2022', unit: 'controls' },
  'iso27001:2013': { name: 'ISO/IEC 27001:2013', unit: 'controls' },
  'iso27017:2015': { name: 'ISO/IEC 27017:2015', unit: 'controls' },
  'iso27701:2019': { name: 'ISO/IEC 27701:2019', unit: 'controls' },
  iso27035: { name: 'ISO/IEC 27035 incident phases', unit: 'phases' },
  'iso27032:2023': { name: 'ISO/IEC 27032:2023', unit: 'guideline areas' },
};

export function isFrameworkKey(value: string): value is FrameworkKey {
  return (FRAMEWORK_KEYS as readonly string[]).includes(value);
}
