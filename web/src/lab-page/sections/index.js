// The lab page's sections, in page order: one table, so the page, the URL
// state and <activation-lab experiment="…"> all read the same list. Each
// entry is a module following the section contract (../README.md).
import * as bornDead from './born-dead.js';
import * as collapse from './collapse.js';
import * as highLr from './high-lr.js';
import * as signalDepth from './signal-depth.js';

export const SECTIONS = Object.freeze([bornDead, collapse, highLr, signalDepth]);

export const sectionById = (id) => SECTIONS.find((section) => section.id === id);
