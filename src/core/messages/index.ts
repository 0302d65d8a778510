// Every area's Chinese messages, one file per area.
export * from './problem';
export * from './draw';
export * from './records';
export * from './ui';
export * from './cli';
export * from './layouts';
export * from './office';
export * from './registry';
export * from './draw-cli';
export * from './files';
