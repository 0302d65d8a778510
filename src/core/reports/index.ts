// SPEC §5: the monthly reports (Annex 1, Annex 2), the plan's targets and its reporting deadlines.
export * from './inspections';
export * from './annex1-figures';
export * from './annex2-texts';
export * from './targets';
export * from './deadlines';
export * from './monthly';
export * from './fill';
export * from './report';
